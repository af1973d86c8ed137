package io.kefu.qa.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.core.event.EndReason;
import io.kefu.core.qa.QaRuleId;
import io.kefu.qa.engine.Violation;
import io.kefu.qa.testing.Chat;
import io.kefu.qa.testing.Inspect;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimingRulesTest {

  @ParameterizedTest(name = "first reply after {0} s → {1}")
  @CsvSource({"30, false", "59, false", "60, false", "60.5, true", "61, true", "95, true"})
  void firstResponseOverSixtySecondsIsAViolation(double seconds, boolean fires) {
    Chat chat =
        Chat.withAgent("s-frt")
            .customer(5, "在吗")
            .agent(5 + seconds, "您好")
            .agent(5 + seconds + 1, "再见")
            .end(5 + seconds + 2, EndReason.RESOLVED);
    List<Violation> found = Inspect.violations(chat, QaRuleId.FIRST_RESPONSE_TIMEOUT);
    assertThat(found).hasSize(fires ? 1 : 0);
    if (fires) {
      assertThat(found.get(0).messageIndex()).isEqualTo(1);
      assertThat(found.get(0).explanation()).endsWith("超过 60 秒");
    }
  }

  @Test
  void theExplanationSaysHowLongTheCustomerWaited() {
    Chat chat =
        Chat.withAgent("s-95").customer(0, "在吗").agent(95, "您好").end(99, EndReason.RESOLVED);
    assertThat(Inspect.violations(chat, QaRuleId.FIRST_RESPONSE_TIMEOUT).get(0).explanation())
        .isEqualTo("首次响应 95 秒，超过 60 秒");
  }

  @Test
  void botTurnsAreNotRepliesAndTheWaitStartsAtTheTransfer() {
    Chat chat =
        Chat.withBot("s-transfer")
            .customer(0, "在吗")
            .bot(1, "您好，我是智能助手")
            .customer(10, "转人工")
            .transfer(100)
            .agent(150, "您好")
            .end(200, EndReason.RESOLVED);
    assertThat(Inspect.violations(chat, QaRuleId.FIRST_RESPONSE_TIMEOUT)).isEmpty();

    Chat slow =
        Chat.withBot("s-transfer-slow")
            .customer(0, "在吗")
            .bot(1, "您好，我是智能助手")
            .transfer(100)
            .agent(170, "您好")
            .end(200, EndReason.RESOLVED);
    assertThat(Inspect.violations(slow, QaRuleId.FIRST_RESPONSE_TIMEOUT))
        .extracting(Violation::messageIndex)
        .containsExactly(2);
  }

  @Test
  void anAgentWhoNeverRepliesPointsAtTheWaitingCustomerMessage() {
    Chat chat =
        Chat.withAgent("s-silent")
            .customer(3, "在吗")
            .customer(20, "人呢")
            .end(300, EndReason.ABANDONED);
    assertThat(Inspect.violations(chat, QaRuleId.FIRST_RESPONSE_TIMEOUT))
        .extracting(Violation::messageIndex)
        .containsExactly(0);
  }

  @ParameterizedTest(name = "reply after {0} s → {1}")
  @CsvSource({"119, false", "120, false", "121, true"})
  void replyOverOneHundredTwentySecondsIsAViolation(int seconds, boolean fires) {
    Chat chat =
        Chat.withAgent("s-rt")
            .customer(0, "在吗")
            .agent(10, "您好")
            .customer(20, "我的退款呢")
            .bot(30, "自动回复：客服正忙")
            .customer(40, "？？")
            .agent(20 + seconds, "帮您查到了，再见")
            .end(20 + seconds + 5, EndReason.RESOLVED);
    List<Violation> found = Inspect.violations(chat, QaRuleId.REPLY_TIMEOUT);
    assertThat(found)
        .extracting(Violation::messageIndex)
        .containsExactly(fires ? new Integer[] {2} : new Integer[0]);
  }

  @Test
  void anUnansweredMessageCountsWhenTheSessionEndsLaterUnlessItIsOnlyAnAcknowledgement() {
    Chat unanswered =
        Chat.withAgent("s-end")
            .customer(0, "在吗")
            .agent(5, "您好")
            .customer(10, "还有个问题，发票怎么开")
            .end(200, EndReason.TIMEOUT);
    assertThat(Inspect.violations(unanswered, QaRuleId.REPLY_TIMEOUT))
        .extracting(Violation::messageIndex)
        .containsExactly(2);

    Chat thanks =
        Chat.withAgent("s-thanks")
            .customer(0, "在吗")
            .agent(5, "您好")
            .customer(10, "好的，谢谢！")
            .end(400, EndReason.RESOLVED);
    assertThat(Inspect.violations(thanks, QaRuleId.REPLY_TIMEOUT)).isEmpty();
  }

  @Test
  void aBareQuestionMarkNudgeIsNotAnAcknowledgement() {
    Chat nudge =
        Chat.withAgent("s-nudge")
            .customer(0, "在吗")
            .agent(5, "您好")
            .customer(10, "？？")
            .end(200, EndReason.ABANDONED);
    assertThat(Inspect.violations(nudge, QaRuleId.REPLY_TIMEOUT))
        .extracting(Violation::messageIndex)
        .containsExactly(2);
  }
}
