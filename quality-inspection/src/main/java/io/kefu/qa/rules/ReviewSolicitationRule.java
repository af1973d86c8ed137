package io.kefu.qa.rules;

import io.kefu.core.qa.QaRuleId;
import io.kefu.qa.config.ReviewSolicitationConfig;
import io.kefu.qa.phrase.PhraseMatchers;

/**
 * {@code review_solicitation}: an agent message asks for a good rating in exchange for something or
 * under pressure (好评返现, 给个五星, 别给差评). Points at the agent message.
 */
public final class ReviewSolicitationRule extends PhraseRule {

  public ReviewSolicitationRule(ReviewSolicitationConfig config, PhraseMatchers matchers) {
    super(QaRuleId.REVIEW_SOLICITATION, matchers.compile(config.cues()));
  }

  @Override
  String explain(String phrase) {
    return "客服以利益诱导或施压索要好评「" + phrase + "」";
  }
}
