package io.kefu.core.label;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Combines votes by weighted majority: the label with the largest summed weight wins; its
 * confidence is its share of all weight times {@code 1 - exp(-winner / evidenceScale)}, so one weak
 * keyword gives a modest confidence and agreeing evidence a high one. Ties resolve to the label
 * first in alphabetical order, so results never depend on vote order.
 */
public final class VoteCombiner implements java.io.Serializable {

  /**
   * The combiner of the weak labels: the ingest job's, the inspection's lexicon sentiment and the
   * intent rules served in front of a model all read votes alike through it.
   */
  public static final VoteCombiner WEAK_LABELS = new VoteCombiner(3.0);

  private final double evidenceScale;

  /**
   * @param evidenceScale summed weight at which confidence reaches 63 % of the share
   */
  public VoteCombiner(double evidenceScale) {
    if (!(evidenceScale > 0)) {
      throw new IllegalArgumentException("evidence scale must be positive: " + evidenceScale);
    }
    this.evidenceScale = evidenceScale;
  }

  public WeakLabel combine(List<Vote> votes) {
    if (votes.isEmpty()) {
      return WeakLabel.abstain(votes);
    }
    Map<String, Double> totals = new TreeMap<>();
    double all = 0;
    for (Vote vote : votes) {
      totals.merge(vote.label(), vote.weight(), Double::sum);
      all += vote.weight();
    }
    String winner = null;
    double best = -1;
    for (Map.Entry<String, Double> entry : totals.entrySet()) {
      if (entry.getValue() > best) {
        best = entry.getValue();
        winner = entry.getKey();
      }
    }
    double confidence = (best / all) * (1 - Math.exp(-best / evidenceScale));
    return new WeakLabel(winner, confidence, WeakLabel.SOURCE_WEAK, List.copyOf(votes));
  }
}
