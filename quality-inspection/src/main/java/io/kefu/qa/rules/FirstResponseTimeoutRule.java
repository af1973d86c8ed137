package io.kefu.qa.rules;

import io.kefu.core.qa.QaRuleId;
import io.kefu.qa.config.FirstResponseTimeoutConfig;
import io.kefu.qa.session.PreparedMessage;
import io.kefu.qa.session.SessionTimeline;
import java.util.List;

/**
 * {@code first_response_timeout}: the customer waited for the first agent message longer than the
 * threshold (exactly the threshold passes). The wait starts at the customer's first message after
 * an agent became responsible, or at the transfer when the customer had already written to the bot.
 * Points at the first agent message, or, when no agent ever replied, at the message that waited (if
 * the session lasted past the threshold). Bot messages are never replies.
 */
public final class FirstResponseTimeoutRule implements QaRule {

  private final long thresholdMillis;
  private final int thresholdSeconds;

  public FirstResponseTimeoutRule(FirstResponseTimeoutConfig config) {
    this.thresholdSeconds = config.thresholdSeconds();
    this.thresholdMillis = config.thresholdSeconds() * 1000L;
  }

  @Override
  public QaRuleId id() {
    return QaRuleId.FIRST_RESPONSE_TIMEOUT;
  }

  @Override
  public List<Finding> inspect(SessionTimeline session) {
    Long responsible = session.responsibleFrom();
    if (responsible == null) {
      return List.of();
    }
    PreparedMessage before = null;
    PreparedMessage after = null;
    PreparedMessage firstAgent = null;
    for (PreparedMessage m : session.messages()) {
      if (m.isCustomer() && m.epochMillis() < responsible) {
        before = m;
      } else if (m.isCustomer() && after == null) {
        after = m;
      } else if (m.isAgent() && firstAgent == null) {
        firstAgent = m;
      }
    }
    PreparedMessage waited = before != null ? before : after;
    if (waited == null) {
      return List.of();
    }
    long from = before != null ? responsible : after.epochMillis();
    if (firstAgent != null) {
      long wait = firstAgent.epochMillis() - from;
      if (wait <= thresholdMillis) {
        return List.of();
      }
      String why = "首次响应 " + Evidence.seconds(wait) + " 秒，超过 " + thresholdSeconds + " 秒";
      return List.of(new Finding(firstAgent.index(), Evidence.of(firstAgent), why));
    }
    long until = session.endMillis() != null ? session.endMillis() : session.lastEventMillis();
    if (until - from <= thresholdMillis) {
      return List.of();
    }
    String why =
        "客户等待 " + Evidence.seconds(until - from) + " 秒始终没有客服回复，超过 " + thresholdSeconds + " 秒";
    return List.of(new Finding(waited.index(), Evidence.of(waited), why));
  }
}
