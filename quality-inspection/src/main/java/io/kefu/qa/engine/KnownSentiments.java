package io.kefu.qa.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Sentiments already predicted for a session's messages, keyed by their prepared text, with a model
 * asked only for the others: the stream labels every customer message as it arrives, so its
 * inspection need not score them a second time. Same answers as the fallback when the known
 * sentiments came from the same model version.
 */
public final class KnownSentiments implements SentimentSource {

  private final Map<String, Sentiment> known;
  private final SentimentSource fallback;

  /**
   * @param known sentiment by prepared text (core's {@code TextPreparation.prepare})
   * @param fallback the source for texts not in {@code known}, and the recorded source
   */
  public KnownSentiments(Map<String, Sentiment> known, SentimentSource fallback) {
    this.known = Map.copyOf(known);
    this.fallback = Objects.requireNonNull(fallback, "fallback");
  }

  @Override
  public Sentiment sentimentOf(String preparedText) {
    Sentiment s = known.get(preparedText);
    return s != null ? s : fallback.sentimentOf(preparedText);
  }

  @Override
  public List<Sentiment> sentimentsOf(List<String> preparedTexts) {
    List<String> unknown = new ArrayList<>();
    for (String text : preparedTexts) {
      if (!known.containsKey(text)) {
        unknown.add(text);
      }
    }
    List<Sentiment> scored = unknown.isEmpty() ? List.of() : fallback.sentimentsOf(unknown);
    List<Sentiment> out = new ArrayList<>(preparedTexts.size());
    int k = 0;
    for (String text : preparedTexts) {
      Sentiment s = known.get(text);
      out.add(s != null ? s : scored.get(k++));
    }
    return out;
  }

  @Override
  public boolean scoresInBatches() {
    return true;
  }

  @Override
  public String source() {
    return fallback.source();
  }
}
