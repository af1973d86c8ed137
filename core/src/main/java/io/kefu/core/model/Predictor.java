package io.kefu.core.model;

import java.util.List;

/**
 * A text classifier as batch and streaming jobs call it. Callers pass raw message text: the
 * predictor prepares it with {@link io.kefu.core.text.TextPreparation#prepare} (normalise, then
 * mask personal data, as the training data was) and featurises it as the model was trained.
 * Implementations are thread-safe; a live implementation may swap the model it serves between
 * calls.
 */
public interface Predictor {

  /** The task, e.g. {@code intent} or {@code sentiment}. */
  String task();

  /** The registry version now served, e.g. {@code intent:3}. */
  String servedVersion();

  /** One prediction per text, in order. */
  List<Prediction> predict(List<String> texts);

  /** The prediction for one text. */
  default Prediction predict(String text) {
    return predict(List.of(text)).get(0);
  }
}
