package io.kefu.registry.cli;

import io.kefu.core.model.ModelName;
import io.kefu.registry.ModelRegistry;
import io.kefu.registry.RegistryException;
import java.util.List;
import java.util.OptionalInt;

/**
 * {@code NAME[:VERSION]} as typed on the command line.
 *
 * @param name a valid model name
 * @param version the version, absent when only the name or {@code :latest} was given
 * @param latest whether {@code NAME:latest} was given
 */
record ModelRef(String name, OptionalInt version, boolean latest) {

  /** {@code NAME:latest}: the newest version, what a pipeline's train step just registered. */
  static final String LATEST = "latest";

  static ModelRef parse(String text) {
    int colon = text.indexOf(':');
    String name = colon < 0 ? text : text.substring(0, colon);
    ModelName.parse(name);
    if (colon < 0) {
      return new ModelRef(name, OptionalInt.empty(), false);
    }
    String version = text.substring(colon + 1);
    if (version.equals(LATEST)) {
      return new ModelRef(name, OptionalInt.empty(), true);
    }
    if (!version.matches("[1-9]\\d{0,8}")) {
      throw new IllegalArgumentException(
          "version in '" + text + "' must be a positive number, as in " + name + ":3");
    }
    return new ModelRef(name, OptionalInt.of(Integer.parseInt(version)), false);
  }

  /** The version given (the newest for {@code :latest}), else an error saying it is needed. */
  int requireVersion(ModelRegistry registry) {
    if (latest) {
      List<Integer> versions = registry.versions(name);
      if (versions.isEmpty()) {
        throw new RegistryException("model " + name + " has no versions yet");
      }
      return versions.get(versions.size() - 1);
    }
    return version.orElseThrow(
        () -> new IllegalArgumentException("give the version as " + name + ":VERSION"));
  }

  /** The version given, else production's, else the latest. */
  int resolve(ModelRegistry registry) {
    if (version.isPresent()) {
      return version.getAsInt();
    }
    return registry
        .aliasVersion(name, "production")
        .orElseGet(
            () -> {
              List<Integer> versions = registry.versions(name);
              if (versions.isEmpty()) {
                throw new RegistryException("model " + name + " has no versions yet");
              }
              return versions.get(versions.size() - 1);
            });
  }
}
