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
        Role.CUSTOMER, t, "问一下", mood, false, false, false, false, false, false, false);
  }

  private static MessageFacts agent(
      long t, String text, boolean greeting, boolean closing, boolean apology) {
    return new MessageFacts(
        Role.AGENT, t, text, null, greeting, closing, apology, false, false, false, false);
  }

  private static MessageFacts polite(long t) {
    return agent(t, "好的", true, true, true);
  }

  private static List<RuleBreak> inspect(EndReason end, MessageFacts... m) {
    return RuleInspector.inspect(List.of(m), end);
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
  void replyOverTwoMinutesAfterTheEarliestWaitingMessageIsAReplyTimeout() {
    assertThat(
            inspect(
                EndReason.RESOLVED,
                customer(0, Sentiment.NEUTRAL),
                polite(10),
                customer(20, Sentiment.NEUTRAL),
                customer(100, Sentiment.NEUTRAL),
                polite(141)))
        .containsExactly(new RuleBreak(QaRuleId.REPLY_TIMEOUT, 4));
  }

  @Test
  void unansweredCustomerMessagesAtTheEndAreNotReplyTimeouts() {
    assertThat(
            inspect(
                EndReason.RESOLVED,
                customer(0, Sentiment.NEUTRAL),
                polite(10),
                customer(20, Sentiment.POSITIVE)))
        .isEmpty();
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
  void forbiddenWordsAreFoundInAgentTextOnly() {
    assertThat(
            inspect(
                EndReason.RESOLVED,
                customer(0, Sentiment.NEUTRAL),
                agent(5, "您好，这个我也不知道", true, true, false)))
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
    MessageFacts bot =
        new MessageFacts(Role.BOT, 1, "您好", null, false, false, false, false, false, false, false);
    assertThat(inspect(EndReason.TIMEOUT, bot, customer(500, Sentiment.NEGATIVE)))
        .containsExactly(new RuleBreak(QaRuleId.NEGATIVE_UNRESOLVED, 1));
  }
}
