package io.kefu.core.model;

import io.kefu.core.event.WireEnum;

/**
 * The models Kefu trains and serves, by their registry name (CONTRACT §1: {@code ./kefu train
 * intent|sentiment|faq}).
 */
public enum ModelName implements WireEnum {
  INTENT("intent", true),
  SENTIMENT("sentiment", true),
  FAQ("faq", false);

  private final String wireName;
  private final boolean classifier;

  ModelName(String wireName, boolean classifier) {
    this.wireName = wireName;
    this.classifier = classifier;
  }

  /** The registry name, e.g. {@code intent}. */
  @Override
  public String wireName() {
    return wireName;
  }

  /** Whether it is a text classifier (served by a {@link Predictor}). */
  public boolean isClassifier() {
    return classifier;
  }

  /**
   * The model with this name: the registry's, the CLI's and the HTTP API's one parser of model
   * names.
   *
   * @throws IllegalArgumentException naming the accepted names
   */
  public static ModelName parse(String name) {
    ModelName model = WireEnum.fromWire(ModelName.class, name);
    if (model == null) {
      throw new IllegalArgumentException(
          "unknown model '"
              + name
              + "': expected one of "
              + WireEnum.accepted(ModelName.class).replace("|", ", "));
    }
    return model;
  }

  @Override
  public String toString() {
    return wireName;
  }
}
