package io.kefu.qa.batch;

import io.kefu.core.model.Predictor;
import io.kefu.qa.config.QaRuleSet;
import io.kefu.qa.engine.InspectionEngine;
import io.kefu.qa.engine.LexiconSentiment;
import io.kefu.qa.engine.PredictorSentiment;
import io.kefu.qa.engine.SentimentSource;
import io.kefu.registry.ModelRegistry;
import io.kefu.train.predict.ClassifierPredictor;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What an executor needs to build the inspection engine itself (the engine is never shipped from
 * the driver): the rules file (null for the packaged defaults) with the rule-set version the driver
 * saw, and the registry version of the sentiment model, or none for the lexicon.
 *
 * @param rulesFile a path every executor can read (local runs: the driver's), or null
 * @param ruleSetVersion the version the driver computed; an executor that computes another refuses
 * @param registryRoot the model registry, or null when the lexicon is used
 * @param sentimentVersion the sentiment model version, or null for the lexicon
 */
public record EngineSpec(
    String rulesFile, String ruleSetVersion, String registryRoot, Integer sentimentVersion)
    implements Serializable {

  private static final String SENTIMENT = "sentiment";

  // One loaded model per executor JVM: a Predictor is thread-safe, loading it is not cheap.
  private static final Map<String, Predictor> MODELS = new ConcurrentHashMap<>();

  /** The rule set this spec names. */
  public QaRuleSet rules() {
    QaRuleSet rules = rulesFile == null ? QaRuleSet.defaults() : QaRuleSet.load(Path.of(rulesFile));
    if (!rules.version().equals(ruleSetVersion)) {
      throw new IllegalStateException(
          "rules file "
              + rulesFile
              + " reads as rule set "
              + rules.version()
              + " here but "
              + ruleSetVersion
              + " on the driver; give every executor the same file");
    }
    return rules;
  }

  /** The sentiment the model-based rules use. */
  public SentimentSource sentiment() {
    if (sentimentVersion == null) {
      return LexiconSentiment.packaged();
    }
    Predictor model =
        MODELS.computeIfAbsent(
            registryRoot + "#" + sentimentVersion,
            k ->
                ClassifierPredictor.fromRegistry(
                    ModelRegistry.open(registryRoot), SENTIMENT, sentimentVersion));
    return new PredictorSentiment(model);
  }

  /** A new engine: rules and sentiment as specified. */
  public InspectionEngine engine() {
    return new InspectionEngine(rules(), sentiment());
  }
}
