package io.kefu.qa.rules;

import io.kefu.core.qa.QaRuleId;
import io.kefu.qa.config.ForbiddenWordsConfig;
import io.kefu.qa.phrase.PhraseMatchers;

/**
 * {@code forbidden_words}: an agent message holds a 服务禁语 (a forbidden word inside a longer harmless
 * word does not count). Points at the agent message.
 */
public final class ForbiddenWordsRule extends PhraseRule {

  public ForbiddenWordsRule(ForbiddenWordsConfig config, PhraseMatchers matchers) {
    super(QaRuleId.FORBIDDEN_WORDS, matchers.compile(config.words()));
  }

  @Override
  String explain(String phrase) {
    return "客服消息含服务禁语「" + phrase + "」";
  }
}
