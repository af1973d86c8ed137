package io.kefu.qa.config;

import io.kefu.qa.scoring.Severity;

/** {@code missing_closing}: the last agent message has none of these closings. */
public record MissingClosingConfig(
    boolean enabled, int weight, Severity severity, PhraseList closings) implements RuleConfig {
  public MissingClosingConfig {
    RuleConfig.check(weight, severity);
    closings = closings == null ? PhraseList.empty() : closings;
  }
}
