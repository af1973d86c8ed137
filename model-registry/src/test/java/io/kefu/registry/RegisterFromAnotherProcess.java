package io.kefu.registry;

import java.nio.file.Path;

/**
 * A second JVM for {@code CrossProcessRegistrationIntegrationTest}: registers {@code count}
 * versions of a model. Arguments: registry root (a directory or a URI), artifact folder, count.
 */
public final class RegisterFromAnotherProcess {

  private RegisterFromAnotherProcess() {}

  public static void main(String[] args) {
    ModelRegistry registry = ModelRegistry.open(args[0]);
    int count = Integer.parseInt(args[2]);
    for (int i = 0; i < count; i++) {
      registry.register("intent", Path.of(args[1]), TestModels.provenance(0.7));
    }
  }
}
