package io.kefu.qa.config;

import io.kefu.qa.scoring.Severity;

/**
 * {@code negative_unresolved}: the session ended with an end reason other than resolved and the
 * customer's last message negative.
 */
public record NegativeUnresolvedConfig(boolean enabled, int weight, Severity severity)
    implements RuleConfig {
  public NegativeUnresolvedConfig {
    RuleConfig.check(weight, severity);
  }
}
