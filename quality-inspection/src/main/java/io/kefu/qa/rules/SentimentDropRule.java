package io.kefu.qa.rules;

import io.kefu.core.event.Role;
import io.kefu.core.qa.QaRuleId;
import io.kefu.qa.config.SentimentDropConfig;
import io.kefu.qa.engine.Sentiment;
import io.kefu.qa.session.PreparedMessage;
import io.kefu.qa.session.SessionTimeline;
import java.util.List;
import java.util.Map;

/**
 * {@code sentiment_drop}: the customer's last message is worse than the first (by the configured
 * steps, and negative when so configured). Needs two customer messages; points at the last one.
 */
public final class SentimentDropRule implements QaRule {

  private static final Map<Sentiment, String> NAMES =
      Map.of(Sentiment.NEGATIVE, "负面", Sentiment.NEUTRAL, "中性", Sentiment.POSITIVE, "正面");

  private final SentimentDropConfig config;

  public SentimentDropRule(SentimentDropConfig config) {
    this.config = config;
  }

  @Override
  public QaRuleId id() {
    return QaRuleId.SENTIMENT_DROP;
  }

  @Override
  public List<Finding> inspect(SessionTimeline session) {
    PreparedMessage first = Messages.first(session, Role.CUSTOMER);
    PreparedMessage last = Messages.last(session, Role.CUSTOMER);
    if (first == null || first == last) {
      return List.of();
    }
    Sentiment from = session.sentimentOf(first);
    Sentiment to = session.sentimentOf(last);
    boolean dropped = to.worseThan(from, config.minSteps());
    if (!dropped || (config.endMustBeNegative() && to != Sentiment.NEGATIVE)) {
      return List.of();
    }
    String why = "客户情绪从开始的" + NAMES.get(from) + "变为结束时的" + NAMES.get(to);
    return List.of(new Finding(last.index(), Evidence.of(last), why));
  }
}
