package io.kefu.qa.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kefu.core.qa.QaRuleId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AppealRulesTest {

  private static final ViolationKey KEY = new ViolationKey("s-1", QaRuleId.FORBIDDEN_WORDS, 2);
  private static final Instant FILED = Instant.parse("2026-11-02T02:00:00Z");
  private static final Instant LATER = Instant.parse("2026-11-02T03:00:00Z");

  @Test
  void anAgentMayAppealAViolationWithoutAnAppeal() {
    Appeal appeal = AppealRules.file(null, KEY, "agent-7", "我没有说这句话", FILED);

    assertThat(appeal.isOpen()).isTrue();
    assertThat(appeal.agentId()).isEqualTo("agent-7");
    assertThat(appeal.comment()).isEqualTo("我没有说这句话");
  }

  @Test
  void aSecondAppealWhileOneIsOpenIsRefused() {
    Appeal open = AppealRules.file(null, KEY, "agent-7", "", FILED);

    assertThatThrownBy(() -> AppealRules.file(open, KEY, "agent-7", "again", LATER))
        .isInstanceOf(ReviewRefusedException.class)
        .hasMessageContaining("already has an open appeal");
  }

  @Test
  void aQaManagerRulesAnOpenAppealOnce() {
    Appeal open = AppealRules.file(null, KEY, "agent-7", "", FILED);

    Appeal ruled =
        AppealRules.rule(open, KEY, "wang", QaRole.QA_MANAGER, Ruling.OVERTURNED, "误报", LATER);

    assertThat(ruled.isOpen()).isFalse();
    assertThat(ruled.ruling()).isEqualTo(Ruling.OVERTURNED);
    assertThat(ruled.ruledBy()).isEqualTo("wang");
    assertThat(ruled.ruledAt()).isEqualTo(LATER);
    assertThat(ruled.filedAt()).isEqualTo(FILED);
  }

  @Test
  void theRulingIsFinalASecondRulingIsRefused() {
    Appeal ruled =
        AppealRules.rule(
            AppealRules.file(null, KEY, "agent-7", "", FILED),
            KEY,
            "wang",
            QaRole.QA_MANAGER,
            Ruling.UPHELD,
            "",
            LATER);

    assertThatThrownBy(
            () ->
                AppealRules.rule(ruled, KEY, "li", QaRole.QA_MANAGER, Ruling.OVERTURNED, "", LATER))
        .isInstanceOf(ReviewRefusedException.class)
        .hasMessageContaining("already ruled upheld by wang")
        .hasMessageContaining("final");
  }

  @Test
  void noNewAppealAfterARuling() {
    Appeal ruled =
        AppealRules.rule(
            AppealRules.file(null, KEY, "agent-7", "", FILED),
            KEY,
            "wang",
            QaRole.QA_MANAGER,
            Ruling.UPHELD,
            "",
            LATER);

    assertThatThrownBy(() -> AppealRules.file(ruled, KEY, "agent-7", "再申诉", LATER))
        .isInstanceOf(ReviewRefusedException.class)
        .hasMessageContaining("final");
  }

  @Test
  void rulingWithoutAnAppealIsRefused() {
    assertThatThrownBy(
            () -> AppealRules.rule(null, KEY, "wang", QaRole.QA_MANAGER, Ruling.UPHELD, "", LATER))
        .isInstanceOf(ReviewRefusedException.class)
        .hasMessageContaining("no appeal");
  }

  @Test
  void onlyAQaManagerMayRuleOrGiveAVerdict() {
    Appeal open = AppealRules.file(null, KEY, "agent-7", "", FILED);

    assertThatThrownBy(
            () ->
                AppealRules.rule(open, KEY, "agent-7", QaRole.AGENT, Ruling.OVERTURNED, "", LATER))
        .isInstanceOf(ReviewRefusedException.class)
        .hasMessageContaining("only a qa_manager");
    assertThatThrownBy(
            () -> AppealRules.verdict(KEY, "pm", QaRole.PRODUCT, Verdict.WRONG, "", LATER))
        .isInstanceOf(ReviewRefusedException.class)
        .hasMessageContaining("only a qa_manager");
  }

  @Test
  void aRulingIsNeverDatedBeforeTheAppeal() {
    Appeal open = AppealRules.file(null, KEY, "agent-7", "", LATER);

    Appeal ruled = AppealRules.rule(open, KEY, "wang", QaRole.QA_MANAGER, Ruling.UPHELD, "", FILED);

    assertThat(ruled.ruledAt()).isEqualTo(LATER);
  }
}
