package io.kefu.qa.engine;

import io.kefu.core.model.Prediction;
import io.kefu.core.model.Predictor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Sentiment from a registered model: core's {@link Predictor} for the {@code sentiment} task, a
 * session's customer messages scored in one batch. Source {@code model:<served version>}, e.g.
 * {@code model:sentiment:3}. Labels other than negative and positive read as neutral.
 */
public final class PredictorSentiment implements SentimentSource {

  private final Predictor predictor;

  public PredictorSentiment(Predictor predictor) {
    this.predictor = Objects.requireNonNull(predictor, "predictor");
  }

  @Override
  public Sentiment sentimentOf(String preparedText) {
    return Sentiment.fromLabel(predictor.predict(preparedText).label());
  }

  @Override
  public List<Sentiment> sentimentsOf(List<String> preparedTexts) {
    if (preparedTexts.isEmpty()) {
      return List.of();
    }
    List<Sentiment> out = new ArrayList<>(preparedTexts.size());
    for (Prediction p : predictor.predict(preparedTexts)) {
      out.add(Sentiment.fromLabel(p.label()));
    }
    return out;
  }

  @Override
  public boolean scoresInBatches() {
    return true;
  }

  @Override
  public String source() {
    String version = predictor.servedVersion();
    return "model:" + (version.contains(":") ? version : predictor.task() + ":" + version);
  }
}
