package io.kefu.samples.truth;

import io.kefu.core.event.EndReason;
import io.kefu.core.qa.QaRuleId;
import java.util.List;

/**
 * The quality-inspection truth of one generated session, read back from {@code
 * truth/sessions.jsonl} by {@link QaTruthReader}: what an inspection of the session should find.
 *
 * @param agentId the human agent who served, or null for a bot-only session
 * @param messages how many {@code message} events the session has
 * @param violations the rules broken with the message index each points at (see {@link RuleBreak});
 *     empty for a clean session
 */
public record QaTruth(
    String sessionId,
    String agentId,
    EndReason endReason,
    int messages,
    List<RuleBreak> violations) {

  public QaTruth {
    violations = List.copyOf(violations);
  }

  /** True when the session breaks the rule at least once. */
  public boolean breaks(QaRuleId rule) {
    return violations.stream().anyMatch(v -> v.rule() == rule);
  }

  /** The message indexes the rule points at, in file order. */
  public List<Integer> indexesOf(QaRuleId rule) {
    return violations.stream().filter(v -> v.rule() == rule).map(RuleBreak::messageIndex).toList();
  }
}
