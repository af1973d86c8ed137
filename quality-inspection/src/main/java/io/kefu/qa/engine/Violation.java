package io.kefu.qa.engine;

import io.kefu.core.qa.QaRuleId;
import io.kefu.qa.scoring.Severity;
import java.util.Objects;

/**
 * One rule violated in one session.
 *
 * @param weight points this rule deducts from 100 (its configured weight)
 * @param messageIndex 0-based index among the session's {@code message} events (all roles) in
 *     event-time order; where each rule points is documented on the rule
 * @param evidence an excerpt of the message's masked text around what was found (never unmasked
 *     personal data); for the timing and sentiment rules, the masked message itself, cut to 60
 *     characters
 * @param explanation one sentence in Chinese, e.g. 首次响应 95 秒，超过 60 秒
 */
public record Violation(
    String sessionId,
    QaRuleId rule,
    Severity severity,
    int weight,
    int messageIndex,
    String evidence,
    String explanation) {

  public Violation {
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(explanation, "explanation");
    if (weight < 0 || weight > 100) {
      throw new IllegalArgumentException("a rule weight is 0-100 points, not " + weight);
    }
  }

  /** The key a QA manager's review and an agent's appeal refer to. */
  public String key() {
    return sessionId + ":" + rule.id() + ":" + messageIndex;
  }

  /** Whether this violation fails the session (致命项). */
  public boolean critical() {
    return severity == Severity.CRITICAL;
  }
}
