package io.kefu.qa.engine;

import io.kefu.core.label.SentimentLabelingFunctions;
import io.kefu.core.label.SentimentLexicon;
import io.kefu.core.label.VoteCombiner;

/**
 * Sentiment from the ingest job's lexicon (core's sentiment labeling functions and their vote
 * combiner, exactly as ingest labels customer messages, without the session rating): the fallback
 * when no sentiment model is registered. Source {@code lexicon}. Thread-safe.
 */
public final class LexiconSentiment implements SentimentSource {

  /** What inspections using the lexicon record as their sentiment source. */
  public static final String SOURCE = "lexicon";

  private final SentimentLabelingFunctions functions;
  private final VoteCombiner combiner = VoteCombiner.WEAK_LABELS;

  public LexiconSentiment(SentimentLexicon lexicon) {
    this.functions = new SentimentLabelingFunctions(lexicon);
  }

  /** The lexicon packaged with core. */
  public static LexiconSentiment packaged() {
    return new LexiconSentiment(SentimentLexicon.packaged());
  }

  @Override
  public Sentiment sentimentOf(String preparedText) {
    return Sentiment.fromLabel(combiner.combine(functions.votes(preparedText, null)).label());
  }

  @Override
  public String source() {
    return SOURCE;
  }
}
