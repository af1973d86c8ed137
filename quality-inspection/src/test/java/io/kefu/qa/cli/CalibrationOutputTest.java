package io.kefu.qa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.core.qa.QaRuleId;
import io.kefu.qa.review.Calibration;
import io.kefu.qa.review.CalibrationReport;
import io.kefu.qa.review.Review;
import io.kefu.qa.review.Verdict;
import io.kefu.qa.review.ViolationKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CalibrationOutputTest {

  private static final Instant T = Instant.parse("2026-11-02T02:00:00Z");

  private static CalibrationReport report() {
    ViolationKey a = new ViolationKey("s1", QaRuleId.SENTIMENT_DROP, 4);
    ViolationKey b = new ViolationKey("s2", QaRuleId.SENTIMENT_DROP, 2);
    return Calibration.of(
        Map.of(QaRuleId.SENTIMENT_DROP, 7L),
        List.of(
            new Review(a, "wang", Verdict.CORRECT, "", T),
            new Review(b, "wang", Verdict.WRONG, "", T)),
        List.of(),
        0.8);
  }

  @Test
  void theTableShowsEveryRuleAndNamesTheDriftingOnes() {
    String table = CalibrationOutput.table(report());

    assertThat(table.lines()).hasSize(QaRuleId.values().length + 2);
    assertThat(table).containsPattern("sentiment_drop\\s+7\\s+2\\s+1\\s+0\\.500\\s+DRIFTING");
    assertThat(table).containsPattern("forbidden_words\\s+0\\s+0\\s+0\\s+-");
    assertThat(table).endsWith("drifting (precision below 0.80): sentiment_drop\n");
  }

  @Test
  void theJsonListsTheDriftingRules() {
    assertThat(CalibrationOutput.json(report()))
        .contains("\"drifting\":[\"sentiment_drop\"]")
        .contains("\"precision\":null");
  }

  @Test
  void theTopRulesAreTheMostHitMostFirst() {
    assertThat(InspectCommand.topRules(Map.of("a", 3L, "b", 9L, "c", 0L, "d", 3L, "e", 1L), 3))
        .isEqualTo("b (9), a (3), d (3)");
    assertThat(InspectCommand.topRules(Map.of("a", 0L), 3)).isEqualTo("none");
  }
}
