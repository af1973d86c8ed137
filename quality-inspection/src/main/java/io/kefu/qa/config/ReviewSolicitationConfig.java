package io.kefu.qa.config;

import io.kefu.qa.scoring.Severity;

/**
 * {@code review_solicitation}: an agent asks for a good rating in exchange for something (好评返现) or
 * pressures for one.
 */
public record ReviewSolicitationConfig(
    boolean enabled, int weight, Severity severity, PhraseList cues) implements RuleConfig {
  public ReviewSolicitationConfig {
    RuleConfig.check(weight, severity);
    cues = cues == null ? PhraseList.empty() : cues;
  }
}
