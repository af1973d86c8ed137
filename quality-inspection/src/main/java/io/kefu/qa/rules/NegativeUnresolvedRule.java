package io.kefu.qa.rules;

import io.kefu.core.event.EndReason;
import io.kefu.core.event.Role;
import io.kefu.core.qa.QaRuleId;
import io.kefu.qa.engine.Sentiment;
import io.kefu.qa.session.PreparedMessage;
import io.kefu.qa.session.SessionTimeline;
import java.util.List;
import java.util.Map;

/**
 * {@code negative_unresolved}: the session ended with an end reason other than resolved and the
 * customer's last message is negative. Points at the customer's last message; a session that has
 * not ended passes.
 */
public final class NegativeUnresolvedRule implements QaRule {

  private static final Map<EndReason, String> REASONS =
      Map.of(
          EndReason.TRANSFERRED, "转接",
          EndReason.ABANDONED, "客户离开",
          EndReason.TIMEOUT, "超时",
          EndReason.RESOLVED, "已解决");

  @Override
  public QaRuleId id() {
    return QaRuleId.NEGATIVE_UNRESOLVED;
  }

  @Override
  public List<Finding> inspect(SessionTimeline session) {
    EndReason reason = session.endReason();
    if (reason == null || reason == EndReason.RESOLVED) {
      return List.of();
    }
    PreparedMessage last = Messages.last(session, Role.CUSTOMER);
    if (last == null || session.sentimentOf(last) != Sentiment.NEGATIVE) {
      return List.of();
    }
    String why = "会话以「" + REASONS.get(reason) + "」结束、问题未解决，客户最后一条消息情绪负面";
    return List.of(new Finding(last.index(), Evidence.of(last), why));
  }
}
