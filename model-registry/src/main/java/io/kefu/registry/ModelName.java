package io.kefu.registry;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The models the registry accepts; a name outside this list is a typo, not a new model. */
public enum ModelName {
  INTENT,
  SENTIMENT,
  FAQ;

  /** The name as it appears on disk, in the CLI and in events. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a model name.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static ModelName parse(String name) {
    for (ModelName model : values()) {
      if (model.id().equals(name)) {
        return model;
      }
    }
    throw new IllegalArgumentException(
        "unknown model '" + name + "': expected one of " + accepted());
  }

  private static String accepted() {
    return Arrays.stream(values()).map(ModelName::id).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return id();
  }
}
