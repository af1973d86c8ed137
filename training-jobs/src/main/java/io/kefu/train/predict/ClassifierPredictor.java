package io.kefu.train.predict;

import io.kefu.core.model.Prediction;
import io.kefu.core.model.Predictor;
import io.kefu.core.text.TextPreparation;
import io.kefu.registry.ModelRegistry;
import io.kefu.train.classify.TextClassifier;
import java.util.List;

/**
 * A {@link Predictor} serving one fixed registry version: it prepares raw text as the training data
 * was prepared, then scores it. Thread-safe.
 */
public final class ClassifierPredictor implements Predictor {

  private final TextClassifier model;
  private final String version;

  public ClassifierPredictor(TextClassifier model, String version) {
    this.model = model;
    this.version = version;
  }

  /** The version named, else production, else the newest (CONTRACT §1, predict). */
  public static ClassifierPredictor fromRegistry(
      ModelRegistry registry, String task, Integer version) {
    int v = RegisteredClassifiers.chooseVersion(registry, task, version);
    return new ClassifierPredictor(
        RegisteredClassifiers.load(registry.load(task, v)), task + ":" + v);
  }

  @Override
  public String task() {
    return model.task();
  }

  @Override
  public String servedVersion() {
    return version;
  }

  @Override
  public List<Prediction> predict(List<String> texts) {
    return model.predict(TextPreparation.prepareAll(texts));
  }
}
