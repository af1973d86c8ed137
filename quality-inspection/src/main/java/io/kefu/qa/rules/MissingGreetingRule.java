package io.kefu.qa.rules;

import io.kefu.core.event.Role;
import io.kefu.core.qa.QaRuleId;
import io.kefu.qa.config.MissingGreetingConfig;
import io.kefu.qa.phrase.PhraseHit;
import io.kefu.qa.phrase.PhraseMatcher;
import io.kefu.qa.phrase.PhraseMatchers;
import io.kefu.qa.session.PreparedMessage;
import io.kefu.qa.session.SessionTimeline;
import java.util.List;

/**
 * {@code missing_greeting}: the first agent message has no greeting (a greeting in a later message
 * is late). A greeting counts anywhere in the message; an opening word (亲, 让您久等了) only where it
 * opens the message (亲，请问… greets; 好的亲 or a later 让您久等了 does not). Points at the first agent
 * message; sessions no agent ever wrote in pass.
 */
public final class MissingGreetingRule implements QaRule {

  private final PhraseMatcher greetings;
  private final PhraseMatcher openings;

  public MissingGreetingRule(MissingGreetingConfig config, PhraseMatchers matchers) {
    this.greetings = matchers.compile(config.greetings());
    this.openings = matchers.compile(config.openingGreetings());
  }

  @Override
  public QaRuleId id() {
    return QaRuleId.MISSING_GREETING;
  }

  @Override
  public List<Finding> inspect(SessionTimeline session) {
    PreparedMessage first = Messages.first(session, Role.AGENT);
    if (first == null || greets(first)) {
      return List.of();
    }
    return List.of(new Finding(first.index(), Evidence.of(first), "首条客服消息没有问候语"));
  }

  private boolean greets(PreparedMessage m) {
    if (greetings.matches(m.folded())) {
      return true;
    }
    PhraseHit opening = openings.first(m.folded());
    return opening != null && opensMessage(m.text(), opening.start());
  }

  // Only spaces, punctuation or emoji come before the word.
  private static boolean opensMessage(String text, int at) {
    for (int i = 0; i < at; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
