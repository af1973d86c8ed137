package io.kefu.train.cli;

import io.kefu.cli.SparkMasterOption;
import io.kefu.registry.cli.RegistryOptions;
import io.kefu.spark.SparkSessions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options every {@code ./kefu train} model shares (CONTRACT §1). The classifiers' test-set
 * options are {@link TestSetOptions}: the FAQ clustering has no held-out test set.
 */
public final class TrainOptions {

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "ingest output folder (its labeled_utterances/); repeatable")
  List<String> data = new ArrayList<>();

  @Option(
      names = "--labels",
      paramLabel = "FILE.csv",
      description = "your annotated text,label CSV (UTF-8, with a header)")
  Path labels;

  @Option(
      names = "--seed",
      defaultValue = "7",
      description = "seed of the split and the training (default ${DEFAULT-VALUE})")
  long seed;

  @Option(
      names = "--work",
      paramLabel = "DIR",
      description = "where the model folder is assembled (default .kefu/training/<model>-<time>)")
  Path work;

  // Spark reads --data and runs the baseline.
  @Mixin SparkMasterOption master;

  @Mixin RegistryOptions registry;

  // Training shuffles little (reading ingest output, the baseline's features): few partitions.
  private static final int LOCAL_SHUFFLE_PARTITIONS = 4;

  /** The Spark session of a training run, on {@code --master} unless spark-submit set one. */
  org.apache.spark.sql.SparkSession sparkSession(String appName) {
    return SparkSessions.create(appName, master.master(), LOCAL_SHUFFLE_PARTITIONS);
  }

  void requireInput() {
    if (data.isEmpty() && labels == null) {
      throw new picocli.CommandLine.ParameterException(
          new picocli.CommandLine(this),
          "give --data DIR (an ingest output), --labels FILE.csv, or both");
    }
  }

  Path workDir(String model) {
    if (work != null) {
      return work;
    }
    String stamp =
        java.time.LocalDateTime.now()
            .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    return Path.of(".kefu", "training", model + "-" + stamp);
  }
}
