package io.kefu.qa.config;

import io.kefu.qa.scoring.Severity;

/**
 * {@code first_response_timeout}: the first agent reply comes more than {@code thresholdSeconds}
 * after the customer started waiting for an agent (exactly the threshold is not a violation).
 */
public record FirstResponseTimeoutConfig(
    boolean enabled, int weight, Severity severity, int thresholdSeconds) implements RuleConfig {
  public FirstResponseTimeoutConfig {
    RuleConfig.check(weight, severity);
    if (thresholdSeconds <= 0) {
      throw new IllegalArgumentException("threshold_seconds must be positive: " + thresholdSeconds);
    }
  }
}
