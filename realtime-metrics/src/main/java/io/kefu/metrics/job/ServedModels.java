package io.kefu.metrics.job;

import io.kefu.core.model.Prediction;
import io.kefu.core.taxonomy.Intent;
import io.kefu.registry.ModelRegistry;
import io.kefu.train.faq.FaqModel;
import io.kefu.train.predict.LivePredictor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The production models one task of the job serves: intent and sentiment through {@link
 * LivePredictor} (a promotion while the job runs is picked up), and the FAQ clustering (loaded at
 * start; optional). Logs the versions served when they change.
 */
final class ServedModels implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ServedModels.class);
  static final String INTENT = "intent";
  static final String SENTIMENT = "sentiment";
  static final String FAQ = "faq";

  private final LivePredictor intent;
  private final LivePredictor sentiment;
  private final FaqModel faq;
  private final String faqVersion;
  private String lastLogged = "";

  private ServedModels(
      LivePredictor intent, LivePredictor sentiment, FaqModel faq, String faqVersion) {
    this.intent = intent;
    this.sentiment = sentiment;
    this.faq = faq;
    this.faqVersion = faqVersion;
  }

  // One set per JVM and registry: every task of a task manager serves the same versions, loaded
  // and watched once (the models are thread-safe).
  private static final java.util.Map<String, ServedModels> SHARED =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The models of {@code registryRoot} shared by the tasks of this JVM; never closed by them. */
  static ServedModels shared(String registryRoot, Duration poll) {
    return SHARED.computeIfAbsent(registryRoot, root -> start(root, poll));
  }

  static ServedModels start(String registryRoot, Duration poll) {
    ModelRegistry registry = ModelRegistry.open(registryRoot);
    LivePredictor intent = LivePredictor.start(registry, INTENT, poll);
    LivePredictor sentiment = LivePredictor.start(registry, SENTIMENT, poll);
    Optional<Integer> faqProduction = registry.aliasVersion(FAQ, "production");
    FaqModel faq = null;
    String faqVersion = "";
    if (faqProduction.isPresent()) {
      try {
        faq = FaqModel.load(registry.load(FAQ, faqProduction.get()).directory());
        faqVersion = FAQ + ":" + faqProduction.get();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load faq:" + faqProduction.get(), e);
      }
    }
    ServedModels models = new ServedModels(intent, sentiment, faq, faqVersion);
    models.logIfChanged();
    return models;
  }

  /**
   * The intent and the sentiment of a customer message prepared as training data was ({@link
   * io.kefu.core.text.TextPreparation#prepare}), with the versions that read it.
   */
  MessageLabels labelsOf(String preparedText) {
    LivePredictor.Served i = intent.predictServedPrepared(List.of(preparedText));
    LivePredictor.Served s = sentiment.predictServedPrepared(List.of(preparedText));
    return new MessageLabels(
        i.predictions().get(0).label(), s.predictions().get(0).label(), i.version(), s.version());
  }

  static Intent intentOf(Prediction prediction) {
    return Intent.parse(prediction.label());
  }

  /**
   * The FAQ cluster id of a prepared question among those of its session's primary intent, or empty
   * without a production FAQ model.
   */
  String faqCluster(String preparedQuestion, String primaryIntent) {
    return faq == null ? "" : String.valueOf(faq.assign(preparedQuestion, primaryIntent).id());
  }

  LivePredictor sentiment() {
    return sentiment;
  }

  String intentVersion() {
    return intent.servedVersion();
  }

  String sentimentVersion() {
    return sentiment.servedVersion();
  }

  /** Logs the versions served once at start and again whenever a promotion changed them. */
  synchronized void logIfChanged() {
    String now =
        intentVersion() + ", " + sentimentVersion() + (faq == null ? "" : ", " + faqVersion);
    if (!now.equals(lastLogged)) {
      LOG.info("serving production models {}", now);
      lastLogged = now;
    }
  }

  @Override
  public void close() {
    intent.close();
    sentiment.close();
  }
}
