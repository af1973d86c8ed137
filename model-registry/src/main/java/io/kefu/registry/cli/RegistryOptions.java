package io.kefu.registry.cli;

import io.kefu.registry.ModelRegistry;
import io.kefu.registry.events.EventHooks;
import picocli.CommandLine.Option;

/**
 * The {@code --registry DIR|URI} option every subcommand accepts; the registry it opens publishes
 * to the hooks configured in the environment ({@link EventHooks}).
 */
public final class RegistryOptions {

  @Option(
      names = "--registry",
      paramLabel = "DIR|URI",
      description =
          "registry root: a directory, file:, hdfs:// or s3a:// URI"
              + " (default: $KEFU_REGISTRY, else ./.kefu/registry)")
  String root;

  public ModelRegistry open() {
    return ModelRegistry.open(
        root != null ? root : ModelRegistry.rootFromEnvironment(), EventHooks.fromEnvironment());
  }
}
