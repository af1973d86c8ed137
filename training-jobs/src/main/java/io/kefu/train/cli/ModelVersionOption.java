package io.kefu.train.cli;

import io.kefu.core.event.WireEnum;
import io.kefu.core.model.ModelName;
import io.kefu.train.predict.RegisteredClassifiers;

/**
 * The MODEL parameter and the {@code --model NAME:VERSION} option of {@code predict} and {@code
 * evaluate}.
 */
final class ModelVersionOption {

  private ModelVersionOption() {}

  /** The classifier a command's MODEL parameter names; anything else is a one-line error. */
  static ModelName classifier(String task) {
    ModelName named = WireEnum.fromWire(ModelName.class, task);
    if (named == null || !named.isClassifier()) {
      throw new IllegalArgumentException("MODEL must be intent or sentiment, not '" + task + "'");
    }
    return named;
  }

  /**
   * The version named ({@link RegisteredClassifiers#NEWEST} for {@code TASK:latest}, the version a
   * pipeline's train step just registered), or null (production, else newest) when {@code model} is
   * null.
   */
  static Integer version(String task, String model) {
    if (model == null) {
      return null;
    }
    String[] parts = model.split(":");
    if (parts.length == 2 && parts[0].equals(task) && parts[1].equals("latest")) {
      return RegisteredClassifiers.NEWEST;
    }
    if (parts.length != 2 || !parts[0].equals(task) || !parts[1].matches("[0-9]+")) {
      throw new IllegalArgumentException(
          "--model must be "
              + task
              + ":VERSION (e.g. "
              + task
              + ":1) or "
              + task
              + ":latest, not '"
              + model
              + "'");
    }
    return Integer.parseInt(parts[1]);
  }
}
