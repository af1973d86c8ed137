package io.kefu.samples.truth;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.core.event.EndReason;
import io.kefu.core.event.Role;
import io.kefu.core.qa.QaRuleId;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleInspectorTest {

  private static MessageFacts customer(long t, Sentiment mood) {
    return new MessageFacts(
        Role.CUSTOMER, t, "问一下", mood, false, false, false, false, false, false, false, false);
  }

  private static MessageFacts agent(
      long t, String text, boolean greeting, boolean closing, boolean apology) {
    return new MessageFacts(
        Role.AGENT, t, text, null, greeting, closing, apology, false, false, false, false, false);
  }

  private static MessageFacts bot(long t) {
    return new MessageFacts(
        Role.BOT, t, "客服正在赶来，请稍候", null, false, false, false, false, false, false, false, false);
  }

  private static MessageFacts polite(long t) {
    return agent(t, "好的", true, true, true);
  }

  /** A session handed to an agent at time 0 and ended 5 s after its last message. */
  private static List<RuleBreak> inspect(EndReason end, MessageFacts... m) {
    return inspect(0L, end, m);
  }

  private static List<RuleBreak> inspect(Long agentSince, EndReason end, MessageFacts... m) {
    long last = m[m.length - 1].epochSecond();
    return RuleInspector.inspect(new SessionFacts(List.of(m), agentSince, last + 5, end));
  }

  @Test
  void aPoliteTimelySessionBreaksNothing() {
    assertThat(
            inspect(
                EndReason.RESOLVED,
                customer(0, Sentiment.NEUTRAL),
                polite(60),
                customer(100, Sentiment.POSITIVE),
                polite(220)))
        .isEmpty();
  }

  @Test
  void firstReplyAfterSixtySecondsIsAFirstResponseTimeoutOnThatReply() {
    assertThat(inspect(EndReason.RESOLVED, customer(0, Sentiment.NEUTRAL), polite(61)))
        .containsExactly(new RuleBreak(QaRuleId.FIRST_RESPONSE_TIMEOUT, 1));
  }

  @Test
  void exactlySixtySecondsIsOnTime() {
    assertThat(inspect(EndReason.RESOLVED, customer(0, Sentiment.NEUTRAL), polite(60))).isEmpty();
  }

  @Test
  void aBotMessageIsNotAReply() {
    assertThat(inspect(EndReason.RESOLVED, customer(0, Sentiment.NEUTRAL), bot(5), polite(70)))
        .containsExactly(new RuleBreak(QaRuleId.FIRST_RESPONSE_TIMEOUT, 2));
  }

  @Test
  void theAgentsClockStartsAtTheTransferWhenTheCustomerWroteToTheBotBefore() {
    MessageFacts[] m = {
      customer(0, Sentiment.NEUTRAL), bot(2), customer(20, Sentiment.NEUTRAL), polite(100)
    };
    assertThat(inspect(40L, EndReason.RESOLVED, m)).isEmpty();
    assertThat(inspect(39L, EndReason.RESOLVED, m))
        .containsExactly(new RuleBreak(QaRuleId.FIRST_RESPONSE_TIMEOUT, 3));
  }

  @Test
  void replyOverTwoMinutesAfterTheStreaksFirstMessageIsAReplyTimeoutOnThatMessage() {
    assertThat(
            inspect(
                EndReason.RESOLVED,
                customer(0, Sentiment.NEUTRAL),
                polite(10),
                customer(20, Sentiment.NEUTRAL),
                customer(100, Sentiment.NEUTRAL),
                polite(141)))
        .containsExactly(new RuleBreak(QaRuleId.REPLY_TIMEOUT, 2));
  }

  @Test
  void exactlyTwoMinutesIsOnTime() {
    assertThat(
            inspect(
                EndReason.RESOLVED,
                customer(0, Sentiment.NEUTRAL),
                polite(10),
                customer(20, Sentiment.NEUTRAL),
                polite(140)))
        .isEmpty();
  }

  @Test
  void anUnansweredMessageCountsWhenTheSessionEndsOverTwoMinutesLater() {
    MessageFacts[] m = {
      customer(0, Sentiment.NEUTRAL), polite(10), customer(20, Sentiment.POSITIVE)
    };
    assertThat(RuleInspector.inspect(new SessionFacts(List.of(m), 0L, 140, EndReason.RESOLVED)))
        .isEmpty();
    assertThat(RuleInspector.inspect(new SessionFacts(List.of(m), 0L, 141, EndReason.RESOLVED)))
        .containsExactly(new RuleBreak(QaRuleId.REPLY_TIMEOUT, 2));
  }

  @Test
  void anAgentWhoNeverRepliesIsFlaggedOnTheWaitingMessage() {
    MessageFacts[] m = {bot(0), customer(10, Sentiment.NEUTRAL)};
    assertThat(RuleInspector.inspect(new SessionFacts(List.of(m), 5L, 300, EndReason.ABANDONED)))
        .containsExactly(
            new RuleBreak(QaRuleId.FIRST_RESPONSE_TIMEOUT, 1),
            new RuleBreak(QaRuleId.REPLY_TIMEOUT, 1));
  }

  @Test
  void aComplaintWithoutApologyInTheNextTwoAgentMessagesIsFlaggedOnTheComplaint() {
    assertThat(
            inspect(
                EndReason.RESOLVED,
                customer(0, Sentiment.NEGATIVE),
                agent(10, "您好", true, false, false),
                agent(20, "查到了", false, false, false),
                agent(30, "非常抱歉，祝您愉快", false, true, true),
                customer(40, Sentiment.NEGATIVE)))
        .contains(new RuleBreak(QaRuleId.NO_APOLOGY_ON_COMPLAINT, 0));
  }

  @Test
  void anApologyInTheSecondAgentMessageIsInTime() {
    assertThat(
            inspect(
                EndReason.RESOLVED,
                customer(0, Sentiment.NEGATIVE),
                agent(10, "您好，稍等", true, false, false),
                agent(20, "非常抱歉，祝您愉快", false, true, true)))
        .isEmpty();
  }

  @Test
  void greetingAndClosingAreJudgedOnFirstAndLastAgentMessage() {
    assertThat(
            inspect(
                EndReason.RESOLVED,
                customer(0, Sentiment.NEUTRAL),
                agent(5, "订单号", false, true, false),
                agent(9, "好的", true, false, false)))
        .containsExactly(
            new RuleBreak(QaRuleId.MISSING_GREETING, 1),
            new RuleBreak(QaRuleId.MISSING_CLOSING, 2));
  }

  @Test
  void plantedForbiddenWordsAreFlaggedOnTheirAgentMessage() {
    MessageFacts rude =
        new MessageFacts(
            Role.AGENT, 5, "您好，这个我也不知道", null, true, true, false, true, false, false, false, false);
    assertThat(inspect(EndReason.RESOLVED, customer(0, Sentiment.NEUTRAL), rude))
        .containsExactly(new RuleBreak(QaRuleId.FORBIDDEN_WORDS, 1));
  }

  @Test
  void anUnresolvedSessionEndingNegativeBreaksBothSentimentRules() {
    assertThat(
            inspect(
                EndReason.ABANDONED,
                customer(0, Sentiment.NEUTRAL),
                polite(10),
                customer(20, Sentiment.NEGATIVE),
                polite(30)))
        .containsExactly(
            new RuleBreak(QaRuleId.NEGATIVE_UNRESOLVED, 2),
            new RuleBreak(QaRuleId.SENTIMENT_DROP, 2));
  }

  @Test
  void botOnlySessionsAreJudgedOnSentimentOnly() {
    assertThat(inspect(null, EndReason.TIMEOUT, bot(1), customer(500, Sentiment.NEGATIVE)))
        .containsExactly(new RuleBreak(QaRuleId.NEGATIVE_UNRESOLVED, 1));
  }
}
