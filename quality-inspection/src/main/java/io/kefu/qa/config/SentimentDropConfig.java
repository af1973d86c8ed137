package io.kefu.qa.config;

import io.kefu.qa.scoring.Severity;

/**
 * {@code sentiment_drop}: the customer's last message is at least {@code minSteps} steps worse
 * (positive → neutral → negative) than the first; with {@code endMustBeNegative}, only a drop that
 * ends negative counts.
 */
public record SentimentDropConfig(
    boolean enabled, int weight, Severity severity, int minSteps, boolean endMustBeNegative)
    implements RuleConfig {
  public SentimentDropConfig {
    RuleConfig.check(weight, severity);
    if (minSteps < 1 || minSteps > 2) {
      throw new IllegalArgumentException("min_steps must be 1 or 2, not " + minSteps);
    }
  }
}
