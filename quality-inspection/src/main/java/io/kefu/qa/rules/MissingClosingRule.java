package io.kefu.qa.rules;

import io.kefu.core.event.Role;
import io.kefu.core.qa.QaRuleId;
import io.kefu.qa.config.MissingClosingConfig;
import io.kefu.qa.phrase.PhraseMatcher;
import io.kefu.qa.phrase.PhraseMatchers;
import io.kefu.qa.session.PreparedMessage;
import io.kefu.qa.session.SessionTimeline;
import java.util.List;

/**
 * {@code missing_closing}: the last agent message has no closing. Points at the last agent message;
 * sessions no agent ever wrote in pass.
 */
public final class MissingClosingRule implements QaRule {

  private final PhraseMatcher closings;

  public MissingClosingRule(MissingClosingConfig config, PhraseMatchers matchers) {
    this.closings = matchers.compile(config.closings());
  }

  @Override
  public QaRuleId id() {
    return QaRuleId.MISSING_CLOSING;
  }

  @Override
  public List<Finding> inspect(SessionTimeline session) {
    PreparedMessage last = Messages.last(session, Role.AGENT);
    if (last == null || closings.matches(last.folded())) {
      return List.of();
    }
    return List.of(new Finding(last.index(), Evidence.of(last), "最后一条客服消息没有结束语"));
  }
}
