package io.kefu.train.cli;

import io.kefu.core.label.IntentTaxonomy;
import io.kefu.core.model.ModelName;
import io.kefu.registry.ModelRegistry;
import io.kefu.registry.storage.RegistryStorage;
import io.kefu.train.classify.ClassifierConfig;
import io.kefu.train.data.IngestedUtterances;
import io.kefu.train.data.LabeledText;
import io.kefu.train.job.ClassifierTrainingJob;
import io.kefu.train.job.TrainingInputs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./kefu train intent} and {@code ./kefu train sentiment}. */
abstract class TrainClassifierCommand implements Callable<Integer> {

  @Mixin TrainOptions options;

  @Mixin TestSetOptions testSet;

  @Option(
      names = "--epochs",
      description =
          "upper bound on training epochs; early stopping usually ends sooner (default 30)")
  Integer epochs;

  @Option(
      names = "--members",
      description =
          "networks trained from consecutive seeds and averaged into one model; 1 trains a"
              + " single network, about three times faster (default 3)")
  Integer members;

  /** The rules an intent model serves in front of its networks; null for the packaged ones. */
  Path taxonomy() {
    return null;
  }

  abstract ModelName task();

  @Override
  public Integer call() throws Exception {
    options.requireInput();
    ClassifierConfig config = ClassifierConfig.DEFAULT;
    if (epochs != null) {
      config = config.withMaxEpochs(epochs);
    }
    if (members != null) {
      config = config.withMembers(members);
    }
    SparkSession spark = options.sparkSession("kefu-train-" + task());
    try {
      TrainingInputs inputs = inputs(spark);
      var summary =
          new ClassifierTrainingJob(
                  spark, registry(spark), config, IntentTaxonomy.fileOrPackaged(taxonomy()))
              .run(task(), inputs, options.seed, options.workDir(task().wireName()));
      System.out.println(summary);
    } finally {
      spark.stop();
    }
    return 0;
  }

  // A Hadoop registry root (hdfs://, s3a://) is opened with the job's spark.hadoop.* settings.
  private ModelRegistry registry(SparkSession spark) {
    return options.registry.open(
        RegistryStorage.at(options.registry.root(), spark.sparkContext().hadoopConfiguration()));
  }

  private TrainingInputs inputs(SparkSession spark) throws IOException {
    List<LabeledText> examples = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    for (String dir : options.data) {
      examples.addAll(IngestedUtterances.read(spark, dir, task()));
      paths.add(dir);
    }
    if (options.labels != null) {
      examples.addAll(UserLabels.read(options.labels, task()));
      paths.add(options.labels.toString());
    }
    List<LabeledText> test = null;
    if (testSet.testLabels != null || testSet.testData != null) {
      test = new ArrayList<>();
      if (testSet.testLabels != null) {
        test.addAll(UserLabels.read(testSet.testLabels, task()));
        paths.add(testSet.testLabels.toString());
      }
      if (testSet.testData != null) {
        test.addAll(IngestedUtterances.read(spark, testSet.testData, task()));
        paths.add(testSet.testData);
      }
    }
    return new TrainingInputs(examples, test, paths);
  }

  @Command(
      name = "intent",
      mixinStandardHelpOptions = true,
      description = "Train the intent classifier (labels: the taxonomy's intent ids).")
  static final class Intent extends TrainClassifierCommand {
    @Option(
        names = "--taxonomy",
        paramLabel = "FILE.json",
        description =
            "the intent taxonomy the model serves in front of its networks: the one the ingest"
                + " job labelled the data with (default: the packaged one)")
    Path taxonomyFile;

    @Override
    Path taxonomy() {
      return taxonomyFile;
    }

    @Override
    ModelName task() {
      return ModelName.INTENT;
    }
  }

  @Command(
      name = "sentiment",
      mixinStandardHelpOptions = true,
      description =
          "Train the sentiment classifier (labels positive/neutral/negative; 1/0 and 正面/负面 are mapped).")
  static final class Sentiment extends TrainClassifierCommand {
    @Override
    ModelName task() {
      return ModelName.SENTIMENT;
    }
  }
}
