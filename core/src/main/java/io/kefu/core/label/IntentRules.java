package io.kefu.core.label;

import java.io.Serializable;

/**
 * The taxonomy's labeling functions as a served intent model's first stage: what a message says in
 * the taxonomy's words (a keyword, a pattern) decides its intent; the trained network decides the
 * rest. Chat written by other people keeps the taxonomy's words far more often than it keeps our
 * generator's phrasings, which is all a network trained on generated chat can learn (README,
 * Training: measured on chat the team did not write). Thread-safe.
 */
public final class IntentRules implements Serializable {

  private final IntentTaxonomy taxonomy;
  private final IntentLabelingFunctions functions;

  public IntentRules(IntentTaxonomy taxonomy) {
    this.taxonomy = taxonomy;
    this.functions = new IntentLabelingFunctions(taxonomy);
  }

  public IntentTaxonomy taxonomy() {
    return taxonomy;
  }

  /**
   * The intent the rules give a prepared (normalised, masked) text, with the combiner's confidence;
   * an abstaining label (null) when no function votes.
   */
  public WeakLabel label(String preparedText) {
    return VoteCombiner.WEAK_LABELS.combine(functions.votes(preparedText));
  }
}
