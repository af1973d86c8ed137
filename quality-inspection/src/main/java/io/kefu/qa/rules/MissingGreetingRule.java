package io.kefu.qa.rules;

import io.kefu.core.qa.QaRuleId;
import io.kefu.qa.config.MissingGreetingConfig;
import io.kefu.qa.phrase.PhraseMatcher;
import io.kefu.qa.phrase.PhraseMatchers;
import io.kefu.qa.session.PreparedMessage;
import io.kefu.qa.session.SessionTimeline;
import java.util.List;

/**
 * {@code missing_greeting}: the first agent message has no greeting (a greeting in a later message
 * is late). Points at the first agent message; sessions no agent ever wrote in pass.
 */
public final class MissingGreetingRule implements QaRule {

  private final PhraseMatcher greetings;

  public MissingGreetingRule(MissingGreetingConfig config, PhraseMatchers matchers) {
    this.greetings = matchers.compile(config.greetings());
  }

  @Override
  public QaRuleId id() {
    return QaRuleId.MISSING_GREETING;
  }

  @Override
  public List<Finding> inspect(SessionTimeline session) {
    for (PreparedMessage m : session.messages()) {
      if (m.isAgent()) {
        return greetings.matches(m.folded())
            ? List.of()
            : List.of(new Finding(m.index(), Evidence.of(m), "首条客服消息没有问候语"));
      }
    }
    return List.of();
  }
}
