package io.kefu.core.label;

/**
 * One labeling function's opinion on one utterance.
 *
 * @param function the labeling function's name, e.g. {@code kw:return_refund}
 * @param label the label it votes for (an intent id, or a sentiment)
 * @param weight how much evidence it saw (> 0)
 */
public record Vote(String function, String label, double weight) implements java.io.Serializable {
  public Vote {
    if (!(weight > 0)) {
      throw new IllegalArgumentException("a vote's weight must be positive: " + weight);
    }
  }
}
