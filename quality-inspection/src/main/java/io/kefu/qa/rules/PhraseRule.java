package io.kefu.qa.rules;

import io.kefu.core.qa.QaRuleId;
import io.kefu.core.text.TextNormalizer;
import io.kefu.qa.phrase.FoldedText;
import io.kefu.qa.phrase.PhraseHit;
import io.kefu.qa.phrase.PhraseMatcher;
import io.kefu.qa.phrase.Separators;
import io.kefu.qa.session.PreparedMessage;
import io.kefu.qa.session.SessionTimeline;
import java.util.ArrayList;
import java.util.List;

/**
 * A rule violated by an agent message that holds one of a phrase list's phrases: one finding per
 * such message, at that message, quoting the first phrase found. Bot and customer messages are
 * never checked. A rule built with {@code unmaskedToo} also reads the normalised text before
 * masking when the masked text holds no phrase, since masking can swallow a cue with the value
 * after it (QQ4884202338 masked whole as an order number); evidence stays masked.
 */
abstract class PhraseRule implements QaRule {

  private static final TextNormalizer NORMALIZER = new TextNormalizer();

  private final QaRuleId id;
  private final PhraseMatcher matcher;
  private final Separators unmaskedSeparators;

  PhraseRule(QaRuleId id, PhraseMatcher matcher) {
    this(id, matcher, null);
  }

  /**
   * @param unmaskedSeparators the separators to fold unmasked text with, or null to read masked
   *     text only
   */
  PhraseRule(QaRuleId id, PhraseMatcher matcher, Separators unmaskedSeparators) {
    this.id = id;
    this.matcher = matcher;
    this.unmaskedSeparators = unmaskedSeparators;
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
        continue;
      }
      PhraseHit unmasked = unmaskedHit(m);
      if (unmasked != null) {
        findings.add(new Finding(m.index(), Evidence.of(m), explain(unmasked.phrase())));
      }
    }
    return findings;
  }

  private PhraseHit unmaskedHit(PreparedMessage m) {
    if (unmaskedSeparators == null || !m.mask().changed() || m.raw() == null) {
      return null;
    }
    return matcher.first(FoldedText.of(NORMALIZER.normalize(m.raw()), unmaskedSeparators));
  }
}
