package io.kefu.core.label;

import java.util.List;

/**
 * The combined label of one utterance, or an abstention ({@code label} null) when no labeling
 * function voted.
 *
 * @param confidence in [0, 1]: the winner's share of the votes, damped when evidence is thin
 * @param votes every vote cast, for the labeling report
 */
public record WeakLabel(String label, double confidence, String source, List<Vote> votes)
    implements java.io.Serializable {

  /** Labels from labeling functions. */
  public static final String SOURCE_WEAK = "weak";

  /** Labels from the user's gold file, which take priority. */
  public static final String SOURCE_GOLD = "gold";

  public static WeakLabel abstain(List<Vote> votes) {
    return new WeakLabel(null, 0.0, SOURCE_WEAK, List.copyOf(votes));
  }

  public boolean covered() {
    return label != null;
  }
}
