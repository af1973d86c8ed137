package io.kefu.qa.eval;

/**
 * One rule's agreement with the ground truth, counted over (session, rule) pairs.
 *
 * @param rule a rule id, or {@code all} for the pairs of every rule together
 * @param precision tp / (tp + fp), null when the rule never fired
 * @param recall tp / (tp + fn), null when the truth holds no such violation
 */
public record RuleScore(String rule, long tp, long fp, long fn, Double precision, Double recall) {

  static RuleScore of(String rule, long tp, long fp, long fn) {
    return new RuleScore(
        rule,
        tp,
        fp,
        fn,
        tp + fp == 0 ? null : (double) tp / (tp + fp),
        tp + fn == 0 ? null : (double) tp / (tp + fn));
  }
}
