package io.kefu.registry.cli;

import io.kefu.registry.ModelRegistry;
import io.kefu.registry.events.EventHooks;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --registry DIR} option every subcommand accepts; the registry it opens publishes to
 * the hooks configured in the environment ({@link EventHooks}).
 */
public final class RegistryOptions {

  @Option(
      names = "--registry",
      paramLabel = "DIR",
      description = "registry root (default: $KEFU_REGISTRY, else ./.kefu/registry)")
  Path root;

  ModelRegistry open() {
    return ModelRegistry.open(
        root != null ? root : ModelRegistry.rootFromEnvironment(), EventHooks.fromEnvironment());
  }
}
