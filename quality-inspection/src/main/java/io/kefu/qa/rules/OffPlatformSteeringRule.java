package io.kefu.qa.rules;

import io.kefu.core.qa.QaRuleId;
import io.kefu.qa.config.OffPlatformSteeringConfig;
import io.kefu.qa.phrase.PhraseMatchers;

/**
 * {@code off_platform_steering}: an agent message steers the customer off the platform (private
 * WeChat/QQ and their dodges, payment outside the order); a negated mention (请勿私下转账) does not
 * count. Reads the unmasked text too when masking replaced something. Points at the agent message.
 */
public final class OffPlatformSteeringRule extends PhraseRule {

  public OffPlatformSteeringRule(OffPlatformSteeringConfig config, PhraseMatchers matchers) {
    // Masking can swallow the cue with the id after it (QQ4884202338 reads as an order number).
    super(QaRuleId.OFF_PLATFORM_STEERING, matchers.compile(config.cues()), matchers.separators());
  }

  @Override
  String explain(String phrase) {
    return "客服引导客户脱离平台沟通或交易「" + phrase + "」";
  }
}
