package io.kefu.qa.config;

import io.kefu.qa.scoring.Severity;

/** {@code missing_greeting}: the first agent message has none of these greetings. */
public record MissingGreetingConfig(
    boolean enabled, int weight, Severity severity, PhraseList greetings) implements RuleConfig {
  public MissingGreetingConfig {
    RuleConfig.check(weight, severity);
    greetings = greetings == null ? PhraseList.empty() : greetings;
  }
}
