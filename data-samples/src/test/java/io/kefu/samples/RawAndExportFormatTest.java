package io.kefu.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefu.core.event.ChatEvent;
import io.kefu.core.event.ChatEventParser;
import io.kefu.core.event.EventTimestamps;
import io.kefu.core.event.InvalidReason;
import io.kefu.core.event.ParsedEvent;
import io.kefu.samples.schedule.SessionPlan;
import io.kefu.samples.schedule.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RawAndExportFormatTest {

  private final SampleData data = SampleData.get();
  private final ChatEventParser parser = new ChatEventParser();

  @Test
  void rawLinesParseExceptInjectedCorruptOnesWhosePrimaryReasonsMatchTheManifest() {
    Map<InvalidReason, Integer> found = new EnumMap<>(InvalidReason.class);
    for (InvalidReason r : InvalidReason.values()) {
      found.put(r, 0);
    }
    for (String line : data.rawLines) {
      ParsedEvent parsed = parser.parse(line);
      if (SampleData.isCorrupt(line)) {
        assertThat(parsed).as(line).isInstanceOf(ParsedEvent.Invalid.class);
        found.merge(((ParsedEvent.Invalid) parsed).primaryReason(), 1, Integer::sum);
      } else {
        assertThat(parsed).as(line).isInstanceOf(ParsedEvent.Valid.class);
      }
    }
    assertThat(found).isEqualTo(data.manifest.corrupt());
    long corrupt = found.values().stream().mapToLong(Integer::longValue).sum();
    long valid = data.rawLines.size() - corrupt - data.manifest.duplicatesInjected();
    assertThat(corrupt).isEqualTo(Math.round(SampleData.CONFIG.corruptRate() * valid));
    assertThat(found.values()).allMatch(n -> n > 0);
    assertThat(data.rawLines).hasSize((int) data.manifest.linesRaw());
  }

  @Test
  void onlyInjectedDuplicatesRepeatAnEventIdAndTheyAreExactCopies() {
    Map<String, String> byId = new HashMap<>();
    int duplicates = 0;
    for (String line : data.rawLines) {
      if (SampleData.isCorrupt(line)) {
        continue;
      }
      String id = ((ParsedEvent.Valid) parser.parse(line)).event().eventId();
      String earlier = byId.putIfAbsent(id, line);
      if (earlier != null) {
        assertThat(line).isEqualTo(earlier);
        duplicates++;
      }
    }
    assertThat(duplicates).isEqualTo(data.manifest.duplicatesInjected()).isPositive();
    long exported =
        data.exportRows.stream().map(r -> r.get("event_id").asText()).distinct().count();
    assertThat(exported).isEqualTo(data.exportRows.size());
    assertThat(data.exportRows).noneMatch(r -> byId.containsKey(r.get("event_id").asText()));
  }

  @Test
  void rawFilesHoldTheirShanghaiStartDayInTimeThenIdOrder() throws IOException {
    for (Path f : data.list("raw")) {
      String day = f.getFileName().toString().substring(5, 15);
      ChatEvent previous = null;
      Set<String> seen = new HashSet<>();
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        if (SampleData.isCorrupt(line)) {
          continue;
        }
        ChatEvent e = ((ParsedEvent.Valid) parser.parse(line)).event();
        if (!seen.add(e.eventId())) {
          continue;
        }
        if (previous != null) {
          int byTime = previous.ts().toInstant().compareTo(e.ts().toInstant());
          assertThat(byTime < 0 || (byTime == 0 && previous.eventId().compareTo(e.eventId()) < 0))
              .as(previous.eventId() + " before " + e.eventId())
              .isTrue();
        }
        previous = e;
        Instant start = data.sessions.get(e.sessionId()).get(0).ts().toInstant();
        assertThat(start.atZone(EventTimestamps.BUSINESS_ZONE).toLocalDate()).hasToString(day);
      }
    }
  }

  @Test
  void someSessionsWriteTheSameInstantsWithAnotherOffset() {
    long utc =
        data.sessions.values().stream()
            .filter(events -> events.get(0).ts().getOffset().getTotalSeconds() == 0)
            .count();
    long shanghai =
        data.sessions.values().stream()
            .filter(events -> events.get(0).ts().getOffset().getTotalSeconds() == 8 * 3600)
            .count();
    assertThat(utc).isBetween(data.sessions.size() / 30L, data.sessions.size() / 5L);
    assertThat(shanghai + utc).isEqualTo(data.sessions.size());
    assertThat(data.rawLines)
        .anyMatch(l -> l.contains("Z\","))
        .anyMatch(l -> l.contains("+08:00\","));
  }

  @Test
  void exportFilesHaveBomCrlfAndQuotedTextsWithCommasQuotesAndLineBreaks() throws IOException {
    for (Path f : data.list("exports")) {
      byte[] bytes = Files.readAllBytes(f);
      assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
      String text = new String(bytes, StandardCharsets.UTF_8);
      assertThat(text.substring(1))
          .startsWith(
              "event_id,type,session_id,customer_id,agent_id,channel,ts,role,text,end_reason,rating\r\n");
      assertThat(text).endsWith("\r\n");
    }
    List<String> texts =
        data.exportRows.stream()
            .filter(r -> r.hasNonNull("text"))
            .map(r -> r.get("text").asText())
            .toList();
    assertThat(texts)
        .anyMatch(t -> t.contains("\n"))
        .anyMatch(t -> t.contains(","))
        .anyMatch(t -> t.contains("\""));
    assertThat(data.exportRows).hasSize((int) data.manifest.rowsExport());
    for (JsonNode row : data.exportRows) {
      assertThat(parser.parse(row)).as(row.toString()).isInstanceOf(ParsedEvent.Valid.class);
    }
  }

  @Test
  void exportedSessionsReadBackEqualToTheGeneratedEvents() {
    ChatLogGenerator generator = new ChatLogGenerator(SampleData.CONFIG);
    int compared = 0;
    for (SessionPlan plan : generator.plan().sessions()) {
      if (plan.source() != Source.EXPORTS || compared >= 150) {
        continue;
      }
      List<ChatEvent> expected = generator.script(plan).events();
      List<ChatEvent> read = data.sessions.get(plan.sessionId());
      assertThat(read).hasSameSizeAs(expected);
      for (int i = 0; i < expected.size(); i++) {
        ChatEvent a = expected.get(i);
        ChatEvent b = read.get(i);
        assertThat(b.ts().toInstant()).isEqualTo(a.ts().toInstant());
        assertThat(fieldsButTime(b)).isEqualTo(fieldsButTime(a));
      }
      compared++;
    }
    assertThat(compared).isEqualTo(150);
  }

  @Test
  void everyContractFieldAndValueOccurs() {
    ObjectMapper mapper = new ObjectMapper();
    Set<String> seen = new HashSet<>();
    for (List<ChatEvent> events : data.sessions.values()) {
      for (ChatEvent e : events) {
        seen.add("type=" + e.type().wireName());
        seen.add("channel=" + e.channel().wireName());
        seen.add("agent=" + (e.agentId() == null ? "null" : "set"));
        seen.add(e.role() == null ? "-" : "role=" + e.role().wireName());
        seen.add(e.endReason() == null ? "-" : "end=" + e.endReason().wireName());
        seen.add(e.rating() == null ? "-" : "rating=" + e.rating());
      }
    }
    assertThat(seen)
        .contains(
            "type=session_start",
            "type=message",
            "type=transfer",
            "type=session_end",
            "type=csat",
            "channel=app",
            "channel=web",
            "channel=wechat",
            "channel=mini_program",
            "agent=null",
            "agent=set",
            "role=customer",
            "role=agent",
            "role=bot",
            "end=resolved",
            "end=transferred",
            "end=abandoned",
            "end=timeout",
            "rating=1",
            "rating=2",
            "rating=3",
            "rating=4",
            "rating=5");
    JsonNode first =
        data.rawLines.stream()
            .filter(l -> !SampleData.isCorrupt(l))
            .map(l -> read(mapper, l))
            .filter(n -> n.has("text"))
            .findFirst()
            .orElseThrow();
    assertThat(first.fieldNames())
        .toIterable()
        .containsExactly(
            "event_id",
            "type",
            "session_id",
            "customer_id",
            "agent_id",
            "channel",
            "ts",
            "role",
            "text");
  }

  private static List<Object> fieldsButTime(ChatEvent e) {
    return Arrays.asList(
        e.eventId(),
        e.type(),
        e.sessionId(),
        e.customerId(),
        e.agentId(),
        e.channel(),
        e.role(),
        e.text(),
        e.endReason(),
        e.rating());
  }

  private static JsonNode read(ObjectMapper mapper, String line) {
    try {
      return mapper.readTree(line);
    } catch (IOException e) {
      throw new AssertionError(line, e);
    }
  }
}
