package io.kefu.qa.review;

import io.kefu.core.qa.QaRuleId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How far each rule agrees with human judgement: per rule, its hits, the hits reviewed, the
 * reviewed hits confirmed, precision = confirmed / reviewed, and whether precision fell below the
 * floor (the rule drifts from the QA managers).
 *
 * <p>A violation counts once, however many people judged it: a final appeal ruling decides it
 * (overturned = wrong, upheld = correct); otherwise the majority of its reviewers' latest verdicts,
 * a tie going to the most recent verdict. An open appeal changes nothing until it is ruled.
 */
public final class Calibration {

  /** The default floor below which a rule is flagged as drifting. */
  public static final double DEFAULT_FLOOR = 0.8;

  private Calibration() {}

  /**
   * @param hits violations found per rule (rules absent have none)
   * @param reviews the current verdicts: the latest per (violation, reviewer)
   * @param appeals every appeal, open or ruled
   * @param floor precision below which a reviewed rule drifts, 0..1
   */
  public static CalibrationReport of(
      Map<QaRuleId, Long> hits,
      Collection<Review> reviews,
      Collection<Appeal> appeals,
      double floor) {
    if (!(floor >= 0 && floor <= 1)) {
      throw new IllegalArgumentException("--floor must be between 0 and 1, not " + floor);
    }
    Map<QaRuleId, long[]> judged = new EnumMap<>(QaRuleId.class);
    for (Map.Entry<ViolationKey, Boolean> outcome : outcomes(reviews, appeals).entrySet()) {
      long[] counts = judged.computeIfAbsent(outcome.getKey().rule(), r -> new long[2]);
      counts[0]++;
      counts[1] += outcome.getValue() ? 1 : 0;
    }
    List<RuleCalibration> rules = new ArrayList<>();
    for (QaRuleId rule : QaRuleId.values()) {
      long[] counts = judged.getOrDefault(rule, new long[2]);
      Double precision = counts[0] == 0 ? null : (double) counts[1] / counts[0];
      rules.add(
          new RuleCalibration(
              rule,
              hits.getOrDefault(rule, 0L),
              counts[0],
              counts[1],
              precision,
              precision != null && precision < floor));
    }
    return new CalibrationReport(floor, rules);
  }

  /** Whether each judged violation is correct (true) or wrong (false). */
  static Map<ViolationKey, Boolean> outcomes(
      Collection<Review> reviews, Collection<Appeal> appeals) {
    Map<ViolationKey, List<Review>> byKey = new HashMap<>();
    for (Review review : reviews) {
      byKey.computeIfAbsent(review.key(), k -> new ArrayList<>()).add(review);
    }
    Map<ViolationKey, Boolean> outcomes = new HashMap<>();
    byKey.forEach((key, verdicts) -> outcomes.put(key, majority(verdicts)));
    for (Appeal appeal : appeals) {
      if (!appeal.isOpen()) {
        outcomes.put(appeal.key(), appeal.ruling() == Ruling.UPHELD);
      }
    }
    return outcomes;
  }

  private static boolean majority(List<Review> verdicts) {
    long correct = verdicts.stream().filter(r -> r.verdict() == Verdict.CORRECT).count();
    long wrong = verdicts.size() - correct;
    if (correct != wrong) {
      return correct > wrong;
    }
    Review latest =
        verdicts.stream()
            .max(Comparator.comparing(Review::reviewedAt).thenComparing(Review::reviewer))
            .orElseThrow();
    return latest.verdict() == Verdict.CORRECT;
  }
}
