package io.kefu.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefu.core.event.ChatEvent;
import io.kefu.core.event.EventTimestamps;
import io.kefu.core.event.Role;
import io.kefu.samples.text.SessionSlots;
import java.io.IOException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EmergingPhraseTest {

  private final SampleData data = SampleData.get();
  private final String phrase = SampleData.EMERGING.phrase();

  private List<JsonNode> emergingTruth() {
    return data.truth.stream().filter(t -> !t.get("emerging_phrase").isNull()).toList();
  }

  private List<String> customerTexts(JsonNode t) {
    return data.messages(t.get("session_id").asText()).stream()
        .filter(m -> m.role() == Role.CUSTOMER)
        .map(ChatEvent::text)
        .toList();
  }

  @Test
  void parsesPhraseTimeAndCountWithEitherTimesSign() {
    EmergingPhrase e = EmergingPhrase.parse("充电宝鼓包@2026-11-03T20:00×12");
    assertThat(e.phrase()).isEqualTo("充电宝鼓包");
    assertThat(e.start()).isEqualTo(Instant.parse("2026-11-03T12:00:00Z"));
    assertThat(e.sessions()).isEqualTo(12);
    assertThat(EmergingPhrase.parse(" 充电宝鼓包 @2026-11-03T12:00:00Zx12")).isEqualTo(e);
    assertThat(EmergingPhrase.parse("充电宝鼓包@2026-11-03T20:00+08:00 X 12")).isEqualTo(e);
    assertThat(e).hasToString("充电宝鼓包@2026-11-03T20:00:00+08:00×12");
    assertThat(EmergingPhrase.parse("box x@y@2026-11-03T20:00x3").phrase()).isEqualTo("box x@y");
  }

  @Test
  void malformedPhrasesAreRefusedNamingTheExpectedForm() {
    assertThatThrownBy(() -> EmergingPhrase.parse("充电宝鼓包"))
        .hasMessageContaining("PHRASE@ISO_TIME×N");
    assertThatThrownBy(() -> EmergingPhrase.parse("充电宝鼓包@2026-11-03T20:00"))
        .hasMessageContaining("PHRASE@ISO_TIME×N");
    assertThatThrownBy(() -> EmergingPhrase.parse("充电宝鼓包@tonight×5"))
        .hasMessageContaining("ISO date-time");
    assertThatThrownBy(() -> EmergingPhrase.parse("充电宝鼓包@2026-11-03T20:00×2.5"))
        .hasMessageContaining("whole number");
    assertThatThrownBy(() -> EmergingPhrase.parse("充电宝鼓包@2026-11-03T20:00×0"))
        .hasMessageContaining("1..");
    assertThatThrownBy(() -> EmergingPhrase.parse(" @2026-11-03T20:00×3"))
        .hasMessageContaining("non-blank");
    assertThatThrownBy(() -> EmergingPhrase.parse("鼓".repeat(41) + "@2026-11-03T20:00×3"))
        .hasMessageContaining("at most 40");
  }

  @Test
  void addsTheSessionsWithinTwentyMinutesUnderAnOrdinaryIntent() {
    List<JsonNode> emerging = emergingTruth();
    assertThat(emerging).hasSize(SampleData.EMERGING.sessions());
    assertThat(data.manifest.emergingSessions()).isEqualTo(emerging.size());
    assertThat(data.manifest.sessions())
        .isEqualTo(2000 + data.manifest.spikeSessions() + emerging.size());
    Instant from = SampleData.EMERGING.start();
    for (JsonNode t : emerging) {
      Instant start = EventTimestamps.parse(t.get("start_ts").asText()).toInstant();
      assertThat(start).isBetween(from, from.plus(EmergingPhrase.SPREAD).minusSeconds(1));
      assertThat(t.get("emerging_phrase").asText()).isEqualTo(phrase);
      assertThat(t.get("faq_id").asText())
          .isIn("quality_complaint.defect", "repair.how_to_repair")
          .startsWith(t.get("intent").asText() + ".");
    }
  }

  @Test
  void eachSessionOpensWithThePhraseVerbatimInItsOwnWords() {
    Set<String> surroundings = new HashSet<>();
    for (JsonNode t : emergingTruth()) {
      String opening =
          customerTexts(t).stream().filter(s -> s.contains(phrase)).findFirst().orElse(null);
      assertThat(opening).as(t.toString()).isNotNull();
      surroundings.add(opening.replace(phrase, "…"));
    }
    assertThat(surroundings).hasSizeGreaterThanOrEqualTo(12);
  }

  @Test
  void noOtherSessionUsesThePhraseAndItsPlaceholderNeverLeaks() {
    for (JsonNode t : data.truth) {
      boolean emerging = !t.get("emerging_phrase").isNull();
      for (String text : customerTexts(t)) {
        assertThat(text).doesNotContain(SessionSlots.NEW_PROBLEM_MARK);
        if (!emerging) {
          assertThat(text).doesNotContain(phrase);
        }
      }
    }
  }

  @Test
  void theManifestNamesThePhrase() throws IOException {
    JsonNode manifest =
        new ObjectMapper().readTree(data.dir.resolve("truth/manifest.json").toFile());
    assertThat(manifest.get("emerging_sessions").asInt()).isEqualTo(15);
    assertThat(manifest.get("config").get("emerging").get(0).asText())
        .isEqualTo(SampleData.EMERGING.toString());
  }
}
