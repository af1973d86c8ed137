package io.kefu.qa.engine;

/**
 * Where the model-based rules get a customer message's sentiment: a registered model ({@link
 * PredictorSentiment}) or the ingest job's lexicon ({@link LexiconSentiment}). Implementations are
 * thread-safe and deterministic for a given model version.
 */
public interface SentimentSource {

  /**
   * The sentiment of one message.
   *
   * @param preparedText the message normalised and masked (core's normaliser, then PiiMasker)
   */
  Sentiment sentimentOf(String preparedText);

  /**
   * The sentiments of several messages, in order; a model overrides this to score them in one
   * batch.
   */
  default java.util.List<Sentiment> sentimentsOf(java.util.List<String> preparedTexts) {
    java.util.List<Sentiment> out = new java.util.ArrayList<>(preparedTexts.size());
    for (String text : preparedTexts) {
      out.add(sentimentOf(text));
    }
    return out;
  }

  /**
   * Whether {@link #sentimentsOf} is much cheaper than one {@link #sentimentOf} per text (a model
   * scoring a batch): the engine then scores all of a session's customer messages at once, else
   * only the messages a rule asks about.
   */
  default boolean scoresInBatches() {
    return false;
  }

  /** What the inspection records: {@code model:sentiment:<version>} or {@code lexicon}. */
  String source();
}
