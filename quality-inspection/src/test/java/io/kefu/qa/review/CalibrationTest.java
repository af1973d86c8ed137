package io.kefu.qa.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kefu.core.qa.QaRuleId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A calibration on hand-made reviews. */
class CalibrationTest {

  private static final Instant T0 = Instant.parse("2026-11-02T02:00:00Z");

  private static ViolationKey key(String session, QaRuleId rule) {
    return new ViolationKey(session, rule, 1);
  }

  private static Review review(ViolationKey key, String reviewer, Verdict verdict, int minute) {
    return new Review(key, reviewer, verdict, "", T0.plusSeconds(60L * minute));
  }

  private static Appeal ruled(ViolationKey key, Ruling ruling) {
    return new Appeal(key, "agent-1", "", T0, ruling, "wang", "", T0.plusSeconds(3600));
  }

  private static RuleCalibration of(CalibrationReport report, QaRuleId rule) {
    return report.rules().stream().filter(r -> r.rule() == rule).findFirst().orElseThrow();
  }

  @Test
  void precisionIsConfirmedOverReviewedAndLowPrecisionRulesDrift() {
    List<Review> reviews = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      Verdict v = i < 9 ? Verdict.CORRECT : Verdict.WRONG;
      reviews.add(review(key("fw-" + i, QaRuleId.FORBIDDEN_WORDS), "wang", v, i));
    }
    for (int i = 0; i < 4; i++) {
      Verdict v = i < 2 ? Verdict.CORRECT : Verdict.WRONG;
      reviews.add(review(key("sd-" + i, QaRuleId.SENTIMENT_DROP), "wang", v, i));
    }

    CalibrationReport report =
        Calibration.of(
            Map.of(QaRuleId.FORBIDDEN_WORDS, 40L, QaRuleId.SENTIMENT_DROP, 12L),
            reviews,
            List.of(),
            0.8);

    assertThat(of(report, QaRuleId.FORBIDDEN_WORDS))
        .isEqualTo(new RuleCalibration(QaRuleId.FORBIDDEN_WORDS, 40, 10, 9, 0.9, false));
    assertThat(of(report, QaRuleId.SENTIMENT_DROP))
        .isEqualTo(new RuleCalibration(QaRuleId.SENTIMENT_DROP, 12, 4, 2, 0.5, true));
    assertThat(report.drifting())
        .extracting(RuleCalibration::rule)
        .containsExactly(QaRuleId.SENTIMENT_DROP);
  }

  @Test
  void aRuleWithoutReviewsHasNoPrecisionAndDoesNotDrift() {
    CalibrationReport report =
        Calibration.of(Map.of(QaRuleId.REPLY_TIMEOUT, 5L), List.of(), List.of(), 0.8);

    assertThat(of(report, QaRuleId.REPLY_TIMEOUT))
        .isEqualTo(new RuleCalibration(QaRuleId.REPLY_TIMEOUT, 5, 0, 0, null, false));
    assertThat(report.rules()).hasSize(QaRuleId.values().length);
  }

  @Test
  void anOverturnedAppealCountsAsWrongWhateverTheVerdicts() {
    ViolationKey k = key("s-1", QaRuleId.MISSING_GREETING);

    CalibrationReport report =
        Calibration.of(
            Map.of(QaRuleId.MISSING_GREETING, 1L),
            List.of(review(k, "wang", Verdict.CORRECT, 0)),
            List.of(ruled(k, Ruling.OVERTURNED)),
            0.8);

    RuleCalibration rule = of(report, QaRuleId.MISSING_GREETING);
    assertThat(rule.reviewed()).isEqualTo(1);
    assertThat(rule.confirmed()).isZero();
    assertThat(rule.drifting()).isTrue();
  }

  @Test
  void anUpheldAppealConfirmsAndAnOpenOneChangesNothing() {
    ViolationKey upheld = key("s-1", QaRuleId.REPLY_TIMEOUT);
    ViolationKey open = key("s-2", QaRuleId.REPLY_TIMEOUT);

    CalibrationReport report =
        Calibration.of(
            Map.of(QaRuleId.REPLY_TIMEOUT, 2L),
            List.of(review(open, "wang", Verdict.WRONG, 0)),
            List.of(ruled(upheld, Ruling.UPHELD), Appeal.open(open, "agent-1", "", T0)),
            0.8);

    RuleCalibration rule = of(report, QaRuleId.REPLY_TIMEOUT);
    assertThat(rule.reviewed()).isEqualTo(2);
    assertThat(rule.confirmed()).isEqualTo(1);
    assertThat(rule.precision()).isEqualTo(0.5);
  }

  @Test
  void aViolationCountsOnceByTheMajorityOfItsReviewersTheLatestBreakingATie() {
    ViolationKey majority = key("s-1", QaRuleId.IMPROPER_PROMISE);
    ViolationKey tie = key("s-2", QaRuleId.IMPROPER_PROMISE);

    CalibrationReport report =
        Calibration.of(
            Map.of(QaRuleId.IMPROPER_PROMISE, 2L),
            List.of(
                review(majority, "a", Verdict.WRONG, 0),
                review(majority, "b", Verdict.CORRECT, 1),
                review(majority, "c", Verdict.CORRECT, 2),
                review(tie, "a", Verdict.CORRECT, 5),
                review(tie, "b", Verdict.WRONG, 9)),
            List.of(),
            0.8);

    RuleCalibration rule = of(report, QaRuleId.IMPROPER_PROMISE);
    assertThat(rule.reviewed()).isEqualTo(2);
    assertThat(rule.confirmed()).isEqualTo(1);
  }

  @Test
  void precisionExactlyAtTheFloorIsNotDrifting() {
    List<Review> reviews = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Verdict v = i < 4 ? Verdict.CORRECT : Verdict.WRONG;
      reviews.add(review(key("s-" + i, QaRuleId.AGENT_PII_LEAK), "wang", v, i));
    }

    CalibrationReport report = Calibration.of(Map.of(), reviews, List.of(), 0.8);

    assertThat(of(report, QaRuleId.AGENT_PII_LEAK).drifting()).isFalse();
  }

  @Test
  void aFloorOutsideZeroToOneIsRefused() {
    assertThatThrownBy(() -> Calibration.of(Map.of(), List.of(), List.of(), 1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--floor");
  }
}
