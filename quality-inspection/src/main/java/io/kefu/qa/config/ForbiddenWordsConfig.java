package io.kefu.qa.config;

import io.kefu.qa.scoring.Severity;

/** {@code forbidden_words}: an agent message contains a 服务禁语. */
public record ForbiddenWordsConfig(boolean enabled, int weight, Severity severity, PhraseList words)
    implements RuleConfig {
  public ForbiddenWordsConfig {
    RuleConfig.check(weight, severity);
    words = words == null ? PhraseList.empty() : words;
  }
}
