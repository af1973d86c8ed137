package io.kefu.qa.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kefu.clickhouse.ClickHouseGateway;
import io.kefu.clickhouse.KefuSchema;
import io.kefu.core.qa.QaRuleId;
import io.kefu.testing.LocalStack;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code kefu.qa_reviews} against the real ClickHouse server of the local stack. */
class QaReviewStoreIntegrationTest {

  private static ClickHouseGateway gateway;
  private static final SteppingClock CLOCK = new SteppingClock();
  private static QaReviewStore store;

  @BeforeAll
  static void connect() {
    gateway = LocalStack.scratchClickHouse();
    store = new QaReviewStore(gateway, CLOCK);
  }

  @AfterAll
  static void dropScratchDatabase() {
    LocalStack.drop(gateway);
  }

  @Test
  void theLatestVerdictPerReviewerWinsAndEachReviewerKeepsOne() {
    ViolationKey key = new ViolationKey("s-verdicts", QaRuleId.FORBIDDEN_WORDS, 2);

    store.recordVerdict(key, "wang", QaRole.QA_MANAGER, Verdict.CORRECT, "");
    store.recordVerdict(key, "li", QaRole.QA_MANAGER, Verdict.CORRECT, "同意");
    Review changed = store.recordVerdict(key, "wang", QaRole.QA_MANAGER, Verdict.WRONG, "是“滚动”");

    List<Review> current = store.reviews(key);
    assertThat(current).hasSize(2);
    assertThat(current).filteredOn(r -> r.reviewer().equals("wang")).containsExactly(changed);
    assertThat(current)
        .filteredOn(r -> r.reviewer().equals("li"))
        .extracting(Review::verdict)
        .containsExactly(Verdict.CORRECT);
  }

  @Test
  void anAppealIsFiledOnceRuledOnceAndTheRulingIsFinal() {
    ViolationKey key = new ViolationKey("s-appeal:'quoted'", QaRuleId.MISSING_GREETING, 0);

    Appeal filed = store.fileAppeal(key, "agent-7", "我问候了，只是用了“哈喽”");
    assertThat(store.appeal(key)).contains(filed);
    assertThatThrownBy(() -> store.fileAppeal(key, "agent-7", "again"))
        .isInstanceOf(ReviewRefusedException.class)
        .hasMessageContaining("open appeal");

    Appeal ruled =
        store.ruleAppeal(key, "wang", QaRole.QA_MANAGER, Ruling.OVERTURNED, "问候语表未收“哈喽”");
    assertThat(store.appeal(key)).contains(ruled);
    assertThat(ruled.comment()).isEqualTo(filed.comment());

    assertThatThrownBy(() -> store.ruleAppeal(key, "li", QaRole.QA_MANAGER, Ruling.UPHELD, "改判"))
        .isInstanceOf(ReviewRefusedException.class)
        .hasMessageContaining("final");
    assertThat(store.appeal(key).orElseThrow().ruling()).isEqualTo(Ruling.OVERTURNED);
  }

  @Test
  void anAgentCannotRuleOnAnAppeal() {
    ViolationKey key = new ViolationKey("s-role", QaRuleId.REPLY_TIMEOUT, 4);
    store.fileAppeal(key, "agent-7", "");

    assertThatThrownBy(() -> store.ruleAppeal(key, "agent-7", QaRole.AGENT, Ruling.OVERTURNED, ""))
        .isInstanceOf(ReviewRefusedException.class);
    assertThat(store.appeal(key).orElseThrow().isOpen()).isTrue();
  }

  @Test
  void calibrationCountsHitsFromQaViolationsAndPrecisionFromTheReviews() {
    String violations = gateway.qualify(KefuSchema.QA_VIOLATIONS);
    gateway.insertJsonEachRow(
        violations,
        List.of(
            violation("c-1", "off_platform_steering", 3),
            violation("c-2", "off_platform_steering", 1),
            violation("c-3", "off_platform_steering", 5)));
    ViolationKey confirmed = new ViolationKey("c-1", QaRuleId.OFF_PLATFORM_STEERING, 3);
    ViolationKey overturned = new ViolationKey("c-2", QaRuleId.OFF_PLATFORM_STEERING, 1);
    store.recordVerdict(confirmed, "wang", QaRole.QA_MANAGER, Verdict.CORRECT, "");
    store.recordVerdict(overturned, "wang", QaRole.QA_MANAGER, Verdict.CORRECT, "");
    store.fileAppeal(overturned, "agent-2", "客户先提的微信");
    store.ruleAppeal(overturned, "li", QaRole.QA_MANAGER, Ruling.OVERTURNED, "");

    RuleCalibration rule =
        store.calibration(0.8).rules().stream()
            .filter(r -> r.rule() == QaRuleId.OFF_PLATFORM_STEERING)
            .findFirst()
            .orElseThrow();

    assertThat(rule)
        .isEqualTo(new RuleCalibration(QaRuleId.OFF_PLATFORM_STEERING, 3, 2, 1, 0.5, true));
  }

  private static String violation(String session, String rule, int index) {
    return "{\"day\":\"2026-11-02\",\"session_id\":\""
        + session
        + "\",\"rule_id\":\""
        + rule
        + "\",\"severity\":\"critical\",\"weight\":100,\"message_index\":"
        + index
        + ",\"evidence\":\"加我[微信]\",\"explanation\":\"引导客户私下联系\","
        + "\"inspected_at\":1793000000,\"version\":1}";
  }

  /** One second later at every reading, so versions and times always move forward. */
  private static final class SteppingClock extends Clock {
    private Instant now = Instant.parse("2026-11-02T02:00:00Z");

    @Override
    public synchronized Instant instant() {
      now = now.plusSeconds(1);
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
