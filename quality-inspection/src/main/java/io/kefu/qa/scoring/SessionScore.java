package io.kefu.qa.scoring;

import java.util.List;

/**
 * The quality score of one inspected session: 100 minus the weights of its violations, floored at
 * 0; any critical violation (致命项) makes it 0 and puts the session in the review queue whatever its
 * other results (CONTRACT §5).
 *
 * @param score 0-100
 * @param review whether a QA manager must review the session
 */
public record SessionScore(int score, int violations, boolean critical, boolean review) {

  /** Sessions scoring below this go to review even without a critical violation. */
  public static final int REVIEW_BELOW = 60;

  public static SessionScore of(List<RuleHit> hits) {
    boolean critical = hits.stream().anyMatch(h -> h.severity() == Severity.CRITICAL);
    int deducted = hits.stream().mapToInt(RuleHit::weight).sum();
    int score = critical ? 0 : Math.max(0, 100 - deducted);
    return new SessionScore(score, hits.size(), critical, critical || score < REVIEW_BELOW);
  }
}
