package io.kefu.qa.config;

import io.kefu.qa.scoring.Severity;

/**
 * {@code off_platform_steering}: an agent message holds a cue that steers the customer off the
 * platform (private WeChat/QQ, payment outside the order), variants and dodges included.
 */
public record OffPlatformSteeringConfig(
    boolean enabled, int weight, Severity severity, PhraseList cues) implements RuleConfig {
  public OffPlatformSteeringConfig {
    RuleConfig.check(weight, severity);
    cues = cues == null ? PhraseList.empty() : cues;
  }
}
