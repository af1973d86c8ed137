package io.kefu.train.cli;

import io.kefu.core.label.IntentTaxonomy;
import io.kefu.core.model.ModelName;
import io.kefu.core.text.TextPreparation;
import io.kefu.registry.ModelRegistry;
import io.kefu.registry.storage.RegistryStorage;
import io.kefu.train.classify.ClassifierConfig;
import io.kefu.train.data.IngestedUtterances;
import io.kefu.train.data.LabeledCsv;
import io.kefu.train.data.LabeledText;
import io.kefu.train.data.SentimentLabels;
import io.kefu.train.job.ClassifierTrainingJob;
import io.kefu.train.job.TrainingInputs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
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

  /** Maps a user's label onto the model's label set. */
  abstract UnaryOperator<String> labelMapping();

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
                  spark,
                  registry(spark),
                  config,
                  taxonomy() == null
                      ? IntentTaxonomy.packaged()
                      : IntentTaxonomy.fromFile(taxonomy()))
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
      examples.addAll(csv(options.labels));
      paths.add(options.labels.toString());
    }
    List<LabeledText> test = null;
    if (testSet.testLabels != null || testSet.testData != null) {
      test = new ArrayList<>();
      if (testSet.testLabels != null) {
        test.addAll(csv(testSet.testLabels));
        paths.add(testSet.testLabels.toString());
      }
      if (testSet.testData != null) {
        test.addAll(IngestedUtterances.read(spark, testSet.testData, task()));
        paths.add(testSet.testData);
      }
    }
    return new TrainingInputs(examples, test, paths);
  }

  private List<LabeledText> csv(Path file) throws IOException {
    LabeledCsv.Contents contents = LabeledCsv.read(file);
    if (!contents.rejected().isEmpty()) {
      System.err.printf(
          "%s: %d rows rejected, e.g. %s%n",
          file, contents.rejected().size(), contents.rejected().get(0));
    }
    UnaryOperator<String> mapping = labelMapping();
    List<LabeledText> out = new ArrayList<>(contents.examples().size());
    // The ingest output is prepared already; a user's file is raw, so it is prepared here, once.
    contents
        .examples()
        .forEach(
            e ->
                out.add(
                    new LabeledText(TextPreparation.prepare(e.text()), mapping.apply(e.label()))));
    return out;
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

    @Override
    UnaryOperator<String> labelMapping() {
      return String::trim;
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

    @Override
    UnaryOperator<String> labelMapping() {
      return SentimentLabels::canonical;
    }
  }
}
