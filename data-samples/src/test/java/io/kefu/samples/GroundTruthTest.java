package io.kefu.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kefu.core.event.ChatEvent;
import io.kefu.core.event.EventTimestamps;
import io.kefu.core.event.EventType;
import io.kefu.core.event.Role;
import io.kefu.core.pii.IdCardChecksum;
import io.kefu.core.pii.Luhn;
import io.kefu.core.qa.QaRuleId;
import io.kefu.samples.truth.ForbiddenWords;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GroundTruthTest {

  private final SampleData data = SampleData.get();

  private static Set<String> rules(JsonNode t) {
    Set<String> out = new HashSet<>();
    t.get("qa_violations").forEach(r -> out.add(r.get("rule_id").asText()));
    return out;
  }

  private static List<Integer> ruleIndexes(JsonNode t, QaRuleId rule) {
    List<Integer> out = new ArrayList<>();
    t.get("qa_violations")
        .forEach(
            r -> {
              if (r.get("rule_id").asText().equals(rule.id())) {
                out.add(r.get("message_index").asInt());
              }
            });
    return out;
  }

  @Test
  void truthHasOneLinePerSessionAgreeingWithItsEvents() {
    assertThat(data.truth).hasSize(data.manifest.sessions()).hasSize(data.sessions.size());
    for (JsonNode t : data.truth) {
      List<ChatEvent> events = data.sessions.get(t.get("session_id").asText());
      List<ChatEvent> messages = data.messages(t.get("session_id").asText());
      ChatEvent start = events.get(0);
      assertThat(start.type()).isEqualTo(EventType.SESSION_START);
      assertThat(start(t)).isEqualTo(start.ts().toInstant());
      ChatEvent end =
          events.stream().filter(e -> e.type() == EventType.SESSION_END).findFirst().orElseThrow();
      assertThat(EventTimestamps.parse(t.get("end_ts").asText()).toInstant())
          .isEqualTo(end.ts().toInstant());
      assertThat(end.endReason().wireName()).isEqualTo(t.get("end_reason").asText());
      assertThat(t.get("messages").asInt()).isEqualTo(messages.size());
      assertThat(t.get("customer_id").asText()).isEqualTo(start.customerId());
      assertThat(t.get("channel").asText()).isEqualTo(start.channel().wireName());
      long customerMessages = messages.stream().filter(m -> m.role() == Role.CUSTOMER).count();
      assertThat(t.get("sentiment_path")).hasSize((int) customerMessages);
      Integer firstRating =
          events.stream()
              .filter(e -> e.type() == EventType.CSAT)
              .map(ChatEvent::rating)
              .findFirst()
              .orElse(null);
      assertThat(t.get("rating").isNull() ? null : t.get("rating").asInt()).isEqualTo(firstRating);
      List<String> ratings = new ArrayList<>();
      t.get("ratings")
          .forEach(
              c ->
                  ratings.add(
                      EventTimestamps.parse(c.get("ts").asText()).toInstant()
                          + "="
                          + c.get("rating").asInt()));
      assertThat(ratings)
          .isEqualTo(
              events.stream()
                  .filter(e -> e.type() == EventType.CSAT)
                  .map(e -> e.ts().toInstant() + "=" + e.rating())
                  .toList());
      String agent = events.get(events.size() - 1).agentId();
      assertThat(t.get("agent_id").isNull() ? null : t.get("agent_id").asText()).isEqualTo(agent);
    }
  }

  @Test
  void everyPlantedPersonalValueAppearsInItsMessage() {
    int checked = 0;
    for (JsonNode t : data.truth) {
      List<ChatEvent> messages = data.messages(t.get("session_id").asText());
      for (JsonNode p : t.get("pii")) {
        String text = messages.get(p.get("message_index").asInt()).text();
        assertThat(text).as(t.get("session_id").asText()).contains(p.get("value").asText());
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(data.truth.size() / 3);
  }

  @Test
  void idCardsAndBankCardsHaveValidCheckDigitsAndOrderNumbersDoNot() {
    Map<String, Integer> counts = new HashMap<>();
    for (JsonNode t : data.truth) {
      for (JsonNode p : t.get("pii")) {
        String type = p.get("type").asText();
        String v = normalise(p.get("value").asText());
        counts.merge(type, 1, Integer::sum);
        switch (type) {
          case "id_card" -> assertThat(IdCardChecksum.isValid(v)).as(v).isTrue();
          case "bank_card" -> assertThat(v.matches("\\d{16,19}") && Luhn.isValid(v)).as(v).isTrue();
          case "order_no" -> assertThat(v.matches("\\d{16,19}") && !Luhn.isValid(v)).as(v).isTrue();
          case "phone" -> assertThat(v).matches("1[3-9]\\d{9}");
          case "landline" -> assertThat(v).matches("\\(?0\\d{2,3}\\)?\\d{7,8}");
          case "email" -> assertThat(v).contains("@");
          case "address" -> assertThat(v).contains("市", "号");
          default -> throw new AssertionError("unknown pii type " + type);
        }
      }
    }
    assertThat(counts)
        .containsKeys("phone", "landline", "id_card", "bank_card", "email", "address", "order_no");
  }

  @Test
  void everyQaRuleOccursAndMostSessionsBreakNone() {
    Map<QaRuleId, Integer> counts = new EnumMap<>(QaRuleId.class);
    int clean = 0;
    for (JsonNode t : data.truth) {
      Set<String> broken = rules(t);
      clean += broken.isEmpty() ? 1 : 0;
      broken.forEach(id -> counts.merge(QaRuleId.fromId(id), 1, Integer::sum));
    }
    assertThat(counts.keySet()).containsExactlyInAnyOrder(QaRuleId.values());
    assertThat(clean).isGreaterThan(data.truth.size() / 2);
  }

  @Test
  void timeoutRulesAgreeWithTheTimestampsMeasuredFromTheTransfer() {
    for (JsonNode t : data.truth) {
      List<ChatEvent> events = data.sessions.get(t.get("session_id").asText());
      List<ChatEvent> m = data.messages(t.get("session_id").asText());
      Instant since = agentSince(events);
      List<Integer> first = new ArrayList<>();
      List<Integer> late = new ArrayList<>();
      if (since != null) {
        Instant end =
            events.stream()
                .filter(e -> e.type() == EventType.SESSION_END)
                .findFirst()
                .orElseThrow()
                .ts()
                .toInstant();
        firstResponse(m, since, end, first);
        lateReplies(m, since, end, late);
      }
      assertThat(ruleIndexes(t, QaRuleId.FIRST_RESPONSE_TIMEOUT)).as(t.toString()).isEqualTo(first);
      assertThat(ruleIndexes(t, QaRuleId.REPLY_TIMEOUT)).as(t.toString()).isEqualTo(late);
      ruleIndexes(t, QaRuleId.REPLY_TIMEOUT)
          .forEach(i -> assertThat(m.get(i).role()).isEqualTo(Role.CUSTOMER));
    }
  }

  @Test
  void forbiddenWordsAreFlaggedExactlyOnAgentMessagesContainingThem() {
    for (JsonNode t : data.truth) {
      List<ChatEvent> m = data.messages(t.get("session_id").asText());
      List<Integer> expected = new ArrayList<>();
      for (int i = 0; i < m.size(); i++) {
        if (m.get(i).role() == Role.AGENT && ForbiddenWords.containsAny(m.get(i).text())) {
          expected.add(i);
        }
      }
      assertThat(ruleIndexes(t, QaRuleId.FORBIDDEN_WORDS)).isEqualTo(expected);
      for (String id : rules(t)) {
        for (int i : ruleIndexes(t, QaRuleId.fromId(id))) {
          assertThat(i).isBetween(0, m.size() - 1);
        }
      }
    }
  }

  @Test
  void sentimentRulesFollowThePathAndTheEndReason() {
    for (JsonNode t : data.truth) {
      JsonNode path = t.get("sentiment_path");
      String first = path.get(0).asText();
      String last = path.get(path.size() - 1).asText();
      boolean unresolved = !t.get("end_reason").asText().equals("resolved");
      assertThat(rules(t).contains("negative_unresolved"))
          .isEqualTo(unresolved && last.equals("negative"));
      assertThat(rules(t).contains("sentiment_drop")).isEqualTo(rank(last) < rank(first));
    }
  }

  @Test
  void repeatContactsOccurInsideAndOutsideTheWindowAndMatchStartTimes() {
    Map<String, JsonNode> byId = new HashMap<>();
    data.truth.forEach(t -> byId.put(t.get("session_id").asText(), t));
    int inside = 0;
    int outside = 0;
    for (JsonNode t : data.truth) {
      if (t.get("previous_session_id").isNull()) {
        assertThat(t.get("repeat_contact").asBoolean()).isFalse();
        continue;
      }
      JsonNode previous = byId.get(t.get("previous_session_id").asText());
      assertThat(previous.get("customer_id")).isEqualTo(t.get("customer_id"));
      assertThat(previous.get("intent")).isEqualTo(t.get("intent"));
      Duration gap = Duration.between(start(previous), start(t));
      assertThat(gap).isPositive();
      // Half-open as core's RecontactWindow: exactly 72 h after is a new issue.
      assertThat(t.get("repeat_contact").asBoolean())
          .as(t.toString())
          .isEqualTo(gap.compareTo(Duration.ofHours(72)) < 0);
      inside += gap.compareTo(Duration.ofHours(72)) < 0 ? 1 : 0;
      outside += gap.compareTo(Duration.ofHours(72)) >= 0 ? 1 : 0;
    }
    assertThat(inside).isGreaterThan(20);
    assertThat(outside).isGreaterThan(5);
  }

  @Test
  void aboutSixtyPercentRateWithinTenMinutesAndSomeRateTwice() {
    int ended = 0;
    int rated = 0;
    int twice = 0;
    for (List<ChatEvent> events : data.sessions.values()) {
      ChatEvent end =
          events.stream().filter(e -> e.type() == EventType.SESSION_END).findFirst().orElseThrow();
      List<ChatEvent> csat = events.stream().filter(e -> e.type() == EventType.CSAT).toList();
      ended++;
      rated += csat.isEmpty() ? 0 : 1;
      twice += csat.size() > 1 ? 1 : 0;
      if (!csat.isEmpty()) {
        assertThat(Duration.between(end.ts().toInstant(), csat.get(0).ts().toInstant()))
            .isPositive()
            .isLessThanOrEqualTo(Duration.ofMinutes(10));
      }
    }
    assertThat((double) rated / ended).isBetween(0.55, 0.65);
    assertThat(twice).isPositive();
  }

  @Test
  void someSessionsCrossMidnight() {
    long crossing =
        data.truth.stream()
            .filter(t -> !day(t.get("start_ts").asText()).equals(day(t.get("end_ts").asText())))
            .count();
    assertThat(crossing).isPositive();
  }

  // The design's reading, on the events: an agent is responsible from a start carrying an agent,
  // else from the first transfer or agent message.
  private static Instant agentSince(List<ChatEvent> events) {
    for (ChatEvent e : events) {
      boolean agentStart = e.type() == EventType.SESSION_START && e.agentId() != null;
      boolean agentMessage = e.type() == EventType.MESSAGE && e.role() == Role.AGENT;
      if (agentStart || e.type() == EventType.TRANSFER || agentMessage) {
        return e.ts().toInstant();
      }
    }
    return null;
  }

  private static void firstResponse(
      List<ChatEvent> m, Instant since, Instant end, List<Integer> out) {
    Instant clock = null;
    int waiting = -1;
    for (int i = 0; i < m.size(); i++) {
      ChatEvent e = m.get(i);
      if (e.role() == Role.AGENT) {
        if (clock != null && seconds(clock, e.ts().toInstant()) > 60) {
          out.add(i);
        }
        return;
      }
      if (e.role() == Role.CUSTOMER) {
        boolean before = e.ts().toInstant().isBefore(since);
        clock = clock != null ? clock : before ? since : e.ts().toInstant();
        waiting =
            before || waiting < 0 || m.get(waiting).ts().toInstant().isBefore(since) ? i : waiting;
      }
    }
    if (clock != null && seconds(clock, end) > 60) {
      out.add(waiting);
    }
  }

  private static void lateReplies(
      List<ChatEvent> m, Instant since, Instant end, List<Integer> out) {
    int waiting = -1;
    for (int i = 0; i < m.size(); i++) {
      Instant ts = m.get(i).ts().toInstant();
      if (m.get(i).role() == Role.CUSTOMER && waiting < 0 && !ts.isBefore(since)) {
        waiting = i;
      } else if (m.get(i).role() == Role.AGENT) {
        if (waiting >= 0 && seconds(m.get(waiting).ts().toInstant(), ts) > 120) {
          out.add(waiting);
        }
        waiting = -1;
      }
    }
    if (waiting >= 0 && seconds(m.get(waiting).ts().toInstant(), end) > 120) {
      out.add(waiting);
    }
  }

  private static long seconds(Instant a, Instant b) {
    return Duration.between(a, b).toSeconds();
  }

  private static int rank(String sentiment) {
    return List.of("negative", "neutral", "positive").indexOf(sentiment);
  }

  private static Instant start(JsonNode t) {
    return EventTimestamps.parse(t.get("start_ts").asText()).toInstant();
  }

  private static String day(String ts) {
    return ts.substring(0, 10);
  }

  // Full-width digits to ASCII, separators and the lower-case x of ID numbers normalised.
  private static String normalise(String v) {
    StringBuilder out = new StringBuilder();
    for (char c : v.toCharArray()) {
      char a = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFF01 + 0x21) : c;
      if (a != ' ' && a != '-') {
        out.append(a == 'x' ? 'X' : a);
      }
    }
    return out.toString();
  }
}
