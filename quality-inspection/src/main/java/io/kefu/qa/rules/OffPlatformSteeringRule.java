package io.kefu.qa.rules;

import io.kefu.core.qa.QaRuleId;
import io.kefu.qa.config.OffPlatformSteeringConfig;
import io.kefu.qa.phrase.PhraseMatchers;

/**
 * {@code off_platform_steering}: an agent message steers the customer off the platform (private
 * WeChat/QQ and their dodges, payment outside the order); a negated mention (请勿私下转账) does not
 * count. Points at the agent message.
 */
public final class OffPlatformSteeringRule extends PhraseRule {

  public OffPlatformSteeringRule(OffPlatformSteeringConfig config, PhraseMatchers matchers) {
    super(QaRuleId.OFF_PLATFORM_STEERING, matchers.compile(config.cues()));
  }

  @Override
  String explain(String phrase) {
    return "客服引导客户脱离平台沟通或交易「" + phrase + "」";
  }
}
