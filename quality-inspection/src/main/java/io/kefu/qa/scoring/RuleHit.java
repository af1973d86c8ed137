package io.kefu.qa.scoring;

import io.kefu.core.qa.QaRuleId;

/**
 * One violation found in a session.
 *
 * @param weight points deducted from 100 (a rule's configured weight)
 * @param messageIndex 0-based index among the session's messages, or -1 for the whole session
 */
public record RuleHit(QaRuleId rule, Severity severity, int weight, int messageIndex) {
  public RuleHit {
    if (weight < 0 || weight > 100) {
      throw new IllegalArgumentException("a rule weight is 0-100 points, not " + weight);
    }
  }
}
