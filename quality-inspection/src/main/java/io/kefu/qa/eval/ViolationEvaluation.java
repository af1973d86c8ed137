package io.kefu.qa.eval;

import io.kefu.core.qa.QaRuleId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The inspections against the generator's ground truth: per rule, true positives (the truth and the
 * engine both have the rule in the session), false positives and false negatives, matched on
 * (session_id, rule_id) as the shared design fixes. Every session of the truth counts: one the job
 * did not inspect (say, all its records were invalid) contributes its truth violations as false
 * negatives.
 *
 * @param rules one score per rule, CONTRACT §5 order
 * @param all the pairs of every rule together
 * @param truthSessions sessions in the truth file
 * @param truthSessionsNotInspected of those, sessions with no inspection
 */
public record ViolationEvaluation(
    List<RuleScore> rules, RuleScore all, long truthSessions, long truthSessionsNotInspected) {

  /**
   * @param predicted rules found per inspected session (sessions without violations may be absent)
   * @param inspected every inspected session
   * @param truth rules planted per generated session (every session of the truth file present)
   */
  public static ViolationEvaluation of(
      Map<String, Set<QaRuleId>> predicted,
      Set<String> inspected,
      Map<String, Set<QaRuleId>> truth) {
    long[][] counts = new long[QaRuleId.values().length][3];
    Set<String> sessions = new HashSet<>(truth.keySet());
    sessions.addAll(predicted.keySet());
    for (String session : sessions) {
      Set<QaRuleId> found = predicted.getOrDefault(session, Set.of());
      Set<QaRuleId> planted = truth.getOrDefault(session, Set.of());
      for (QaRuleId rule : QaRuleId.values()) {
        long[] c = counts[rule.ordinal()];
        boolean f = found.contains(rule);
        boolean p = planted.contains(rule);
        if (f && p) {
          c[0]++;
        } else if (f) {
          c[1]++;
        } else if (p) {
          c[2]++;
        }
      }
    }
    List<RuleScore> rules = new ArrayList<>();
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (QaRuleId rule : QaRuleId.values()) {
      long[] c = counts[rule.ordinal()];
      rules.add(RuleScore.of(rule.id(), c[0], c[1], c[2]));
      tp += c[0];
      fp += c[1];
      fn += c[2];
    }
    long notInspected = truth.keySet().stream().filter(s -> !inspected.contains(s)).count();
    return new ViolationEvaluation(
        List.copyOf(rules), RuleScore.of("all", tp, fp, fn), truth.size(), notInspected);
  }
}
