package io.kefu.qa.scoring;

import io.kefu.core.qa.QaRuleId;
import io.kefu.qa.engine.Violation;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The scorecard of one inspected session (CONTRACT §5): 100 minus the weights of the violated
 * rules, floored at 0. A rule is a scorecard item, so it deducts its weight once however many of
 * its violations the session has. Any critical violation (致命项) makes the score 0 and queues the
 * session for review whatever its other results, as Zendesk QA's critical categories and
 * MaestroQA's auto-fail do; a score below the review threshold queues it too.
 *
 * @param score 0-100
 * @param critical whether a critical violation failed the session
 * @param reviewQueued whether a QA manager must review the session
 */
public record SessionScore(int score, boolean critical, boolean reviewQueued) {

  /** The score of a session with these violations. */
  public static SessionScore of(List<Violation> violations, int reviewBelowScore) {
    Map<QaRuleId, Integer> weights = new EnumMap<>(QaRuleId.class);
    boolean critical = false;
    for (Violation v : violations) {
      weights.merge(v.rule(), v.weight(), Math::max);
      critical |= v.critical();
    }
    int deducted = weights.values().stream().mapToInt(Integer::intValue).sum();
    int score = critical ? 0 : Math.max(0, 100 - deducted);
    return new SessionScore(score, critical, critical || score < reviewBelowScore);
  }
}
