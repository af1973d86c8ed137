package io.kefu.registry.cli;

import io.kefu.registry.ModelRegistry;
import io.kefu.registry.events.EventHooks;
import io.kefu.registry.storage.RegistryStorage;
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
    return ModelRegistry.open(root(), EventHooks.fromEnvironment());
  }

  /**
   * The registry over {@code storage} opened from {@link #root()} by the caller, e.g. with a Spark
   * job's Hadoop configuration ({@link RegistryStorage#at(String,
   * org.apache.hadoop.conf.Configuration)}). No method here takes a Hadoop type: picocli reads this
   * class's methods, and a local registry runs without Hadoop on the classpath.
   */
  public ModelRegistry open(RegistryStorage storage) {
    return ModelRegistry.open(storage, EventHooks.fromEnvironment());
  }

  /** The root given, else {@code KEFU_REGISTRY}, else the default. */
  public String root() {
    return root != null ? root : ModelRegistry.rootFromEnvironment();
  }
}
