package io.kefu.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --master} option of the commands that run a Spark job, as a picocli mixin: the master
 * of a run started outside {@code spark-submit}; a master that spark-submit set wins.
 */
public final class SparkMasterOption {

  @Option(
      names = "--master",
      defaultValue = "local[*]",
      description = "Spark master when not set by spark-submit (default ${DEFAULT-VALUE})")
  String master;

  /** The master to use when spark-submit set none, e.g. {@code local[*]}. */
  public String master() {
    return master;
  }
}
