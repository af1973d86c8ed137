package io.kefu.qa.rules;

import io.kefu.core.qa.QaRuleId;
import io.kefu.qa.phrase.PhraseHit;
import io.kefu.qa.phrase.PhraseMatcher;
import io.kefu.qa.session.PreparedMessage;
import io.kefu.qa.session.SessionTimeline;
import java.util.ArrayList;
import java.util.List;

/**
 * A rule violated by an agent message that holds one of a phrase list's phrases: one finding per
 * such message, at that message, quoting the first phrase found. Bot and customer messages are
 * never checked.
 */
abstract class PhraseRule implements QaRule {

  private final QaRuleId id;
  private final PhraseMatcher matcher;

  PhraseRule(QaRuleId id, PhraseMatcher matcher) {
    this.id = id;
    this.matcher = matcher;
  }

  @Override
  public final QaRuleId id() {
    return id;
  }

  /** The explanation for a message holding {@code phrase}. */
  abstract String explain(String phrase);

  @Override
  public List<Finding> inspect(SessionTimeline session) {
    List<Finding> findings = new ArrayList<>(1);
    for (PreparedMessage m : session.messages()) {
      if (!m.isAgent()) {
        continue;
      }
      PhraseHit hit = matcher.first(m.folded());
      if (hit != null) {
        findings.add(new Finding(m.index(), Evidence.around(m, hit), explain(hit.phrase())));
      }
    }
    return findings;
  }
}
