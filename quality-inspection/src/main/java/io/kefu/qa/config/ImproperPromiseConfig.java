package io.kefu.qa.config;

import io.kefu.qa.scoring.Severity;

/**
 * {@code improper_promise}: an agent promises what policy does not allow: a guaranteed date or
 * outcome, a 100 % claim ({@code promises}), or compensation ({@code compensationCues}) above
 * {@code maxCompensationYuan} or of no stated amount.
 */
public record ImproperPromiseConfig(
    boolean enabled,
    int weight,
    Severity severity,
    PhraseList promises,
    PhraseList compensationCues,
    int maxCompensationYuan)
    implements RuleConfig {
  public ImproperPromiseConfig {
    RuleConfig.check(weight, severity);
    promises = promises == null ? PhraseList.empty() : promises;
    compensationCues = compensationCues == null ? PhraseList.empty() : compensationCues;
    if (maxCompensationYuan < 0) {
      throw new IllegalArgumentException(
          "max_compensation_yuan must not be negative: " + maxCompensationYuan);
    }
  }
}
