package io.kefu.qa.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kefu.core.qa.QaRuleId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionScoreTest {

  private static RuleHit hit(QaRuleId rule, Severity severity, int weight) {
    return new RuleHit(rule, severity, weight, 0);
  }

  @Test
  void aCleanSessionScoresFullMarksAndNeedsNoReview() {
    assertThat(SessionScore.of(List.of())).isEqualTo(new SessionScore(100, 0, false, false));
  }

  @Test
  void weightsAreDeductedFromOneHundred() {
    SessionScore score =
        SessionScore.of(
            List.of(
                hit(QaRuleId.MISSING_GREETING, Severity.MINOR, 5),
                hit(QaRuleId.REPLY_TIMEOUT, Severity.MAJOR, 15)));

    assertThat(score.score()).isEqualTo(80);
    assertThat(score.violations()).isEqualTo(2);
    assertThat(score.review()).isFalse();
  }

  @Test
  void aCriticalViolationFailsTheSessionWhateverElse() {
    SessionScore score =
        SessionScore.of(List.of(hit(QaRuleId.OFF_PLATFORM_STEERING, Severity.CRITICAL, 1)));

    assertThat(score.score()).isZero();
    assertThat(score.critical()).isTrue();
    assertThat(score.review()).isTrue();
  }

  @Test
  void theScoreNeverGoesBelowZeroAndLowScoresAreReviewed() {
    SessionScore score =
        SessionScore.of(
            List.of(
                hit(QaRuleId.FORBIDDEN_WORDS, Severity.MAJOR, 60),
                hit(QaRuleId.IMPROPER_PROMISE, Severity.MAJOR, 60)));

    assertThat(score.score()).isZero();
    assertThat(score.critical()).isFalse();
    assertThat(score.review()).isTrue();
  }

  @Test
  void severitiesParseByNameAndRejectUnknownOnes() {
    assertThat(Severity.parse(" Critical ")).isEqualTo(Severity.CRITICAL);
    assertThatThrownBy(() -> Severity.parse("fatal"))
        .hasMessageContaining("minor, major, critical");
  }
}
