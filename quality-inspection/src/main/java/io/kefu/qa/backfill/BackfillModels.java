package io.kefu.qa.backfill;

import io.kefu.core.model.Predictor;
import io.kefu.qa.batch.EngineSpec;
import io.kefu.qa.batch.SentimentChoice;
import io.kefu.qa.config.QaRuleSet;
import io.kefu.registry.ModelRegistry;
import io.kefu.train.faq.FaqModel;
import io.kefu.train.predict.ClassifierPredictor;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The production models a backfill serves, as the streaming job serves them: intent (required),
 * sentiment for the inspection rules (required: the stream has no lexicon fallback) and the FAQ
 * clustering (optional; no cluster without it). Decided once on the driver; serializable, so each
 * executor loads the same versions itself, once per JVM.
 *
 * @param registryRoot the registry the models come from
 * @param intentVersion the production intent version
 * @param faqVersion the production faq version, or null when there is none
 * @param sentiment the production sentiment model (never the lexicon)
 */
public record BackfillModels(
    String registryRoot, int intentVersion, Integer faqVersion, SentimentChoice sentiment)
    implements Serializable {

  static final String INTENT = "intent";
  static final String FAQ = "faq";
  private static final String PRODUCTION = "production";

  // Loading a model is not cheap and both are thread-safe: one per JVM, shared by its tasks.
  private static final Map<String, Predictor> INTENT_MODELS = new ConcurrentHashMap<>();
  private static final Map<String, FaqModel> FAQ_MODELS = new ConcurrentHashMap<>();

  /**
   * Finds the production models of {@code registryRoot}.
   *
   * @param data the ingest output, named in the hint of how to train a missing model
   * @throws IllegalStateException one line naming the command that trains a missing model
   */
  public static BackfillModels find(String registryRoot, String data) {
    boolean local = !registryRoot.contains("://");
    if (local && !Files.isDirectory(Path.of(registryRoot))) {
      throw missing(INTENT, "there is no model registry at " + registryRoot, data);
    }
    ModelRegistry registry = ModelRegistry.open(registryRoot);
    Optional<Integer> intent = registry.aliasVersion(INTENT, PRODUCTION);
    if (intent.isEmpty()) {
      throw missing(
          INTENT, "the registry at " + registryRoot + " has no production intent model", data);
    }
    SentimentChoice sentiment = SentimentChoice.decide(registryRoot);
    if (sentiment.version() == null) {
      throw missing(
          "sentiment",
          "the registry at " + registryRoot + " has no production sentiment model",
          data);
    }
    return new BackfillModels(
        registryRoot, intent.get(), registry.aliasVersion(FAQ, PRODUCTION).orElse(null), sentiment);
  }

  private static IllegalStateException missing(String task, String why, String data) {
    return new IllegalStateException(
        why
            + "; train and promote one with ./kefu train "
            + task
            + " --data "
            + data
            + " (then ./kefu registry promote "
            + task
            + ":<version>)");
  }

  /** The intent model, loaded once per JVM. */
  public Predictor intent() {
    return INTENT_MODELS.computeIfAbsent(
        registryRoot + "#" + intentVersion,
        k ->
            ClassifierPredictor.fromRegistry(
                ModelRegistry.open(registryRoot), INTENT, intentVersion));
  }

  /** The FAQ clustering, loaded once per JVM; empty without a production faq model. */
  public Optional<FaqModel> faq() {
    if (faqVersion == null) {
      return Optional.empty();
    }
    return Optional.of(FAQ_MODELS.computeIfAbsent(registryRoot + "#" + faqVersion, k -> loadFaq()));
  }

  private FaqModel loadFaq() {
    try {
      return FaqModel.load(ModelRegistry.open(registryRoot).load(FAQ, faqVersion).directory());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load " + FAQ + ":" + faqVersion, e);
    }
  }

  /** The inspection engine the stream runs: the packaged rules and this sentiment model. */
  public EngineSpec engine() {
    return new EngineSpec(null, QaRuleSet.defaults().version(), sentiment);
  }

  /** The versions, as the terminal shows them. */
  public String describe() {
    return INTENT
        + ":"
        + intentVersion
        + ", sentiment:"
        + sentiment.version()
        + ", "
        + (faqVersion == null ? "no faq model (no FAQ clusters)" : FAQ + ":" + faqVersion)
        + " (production) from "
        + registryRoot;
  }
}
