package io.kefu.qa.batch;

import io.kefu.core.model.Predictor;
import io.kefu.qa.engine.LexiconSentiment;
import io.kefu.qa.engine.PredictorSentiment;
import io.kefu.qa.engine.SentimentSource;
import io.kefu.registry.ModelRegistry;
import io.kefu.train.predict.ClassifierPredictor;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which sentiment the model-based rules use, decided once on the driver: the registry's production
 * {@code sentiment} model when there is one, else the ingest job's lexicon, with the reason.
 * Serializable, so an executor may {@link #load} the same source.
 *
 * @param registryRoot the registry used, or null
 * @param version the production sentiment version, or null for the lexicon
 * @param why one line for the terminal and the report
 */
public record SentimentChoice(String registryRoot, Integer version, String why)
    implements Serializable {

  private static final String SENTIMENT = "sentiment";

  // One loaded model per JVM: a Predictor is thread-safe, loading it is not cheap.
  private static final Map<String, Predictor> MODELS = new ConcurrentHashMap<>();

  /** The sentiment source the inspections record. */
  public String source() {
    return version == null ? LexiconSentiment.SOURCE : "model:sentiment:" + version;
  }

  /**
   * The sentiment the model-based rules use: the chosen model, loaded once per JVM, or the lexicon.
   */
  public SentimentSource load() {
    if (version == null) {
      return LexiconSentiment.packaged();
    }
    Predictor model =
        MODELS.computeIfAbsent(
            registryRoot + "#" + version,
            k ->
                ClassifierPredictor.fromRegistry(
                    ModelRegistry.open(registryRoot), SENTIMENT, version));
    return new PredictorSentiment(model);
  }

  /**
   * Looks for a production sentiment model in {@code registryRoot} (null: {@code $KEFU_REGISTRY},
   * else {@code ./.kefu/registry}).
   */
  public static SentimentChoice decide(String registryRoot) {
    String root = registryRoot != null ? registryRoot : ModelRegistry.rootFromEnvironment();
    if (!root.contains("://") && !Files.isDirectory(Path.of(root))) {
      if (registryRoot != null) {
        throw new IllegalArgumentException("--registry " + registryRoot + " is not a directory");
      }
      return lexicon("no model registry at " + root);
    }
    Optional<Integer> production = ModelRegistry.open(root).aliasVersion(SENTIMENT, "production");
    if (production.isEmpty()) {
      return lexicon("the registry at " + root + " has no production sentiment model");
    }
    return new SentimentChoice(
        root,
        production.get(),
        "sentiment model sentiment:" + production.get() + " (production) from " + root);
  }

  private static SentimentChoice lexicon(String reason) {
    return new SentimentChoice(null, null, "sentiment lexicon: " + reason);
  }
}
