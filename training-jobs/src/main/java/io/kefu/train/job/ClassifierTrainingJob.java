package io.kefu.train.job;

import static io.kefu.train.eval.Evaluation.round;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kefu.core.label.IntentRules;
import io.kefu.core.label.IntentTaxonomy;
import io.kefu.core.model.ModelName;
import io.kefu.core.model.Prediction;
import io.kefu.core.taxonomy.Intent;
import io.kefu.registry.ModelRegistry;
import io.kefu.registry.ModelVersion;
import io.kefu.registry.provenance.DataFingerprint;
import io.kefu.registry.provenance.ModelProvenance;
import io.kefu.train.baseline.TfidfLogisticBaseline;
import io.kefu.train.classify.ClassifierConfig;
import io.kefu.train.classify.ClassifierTrainer;
import io.kefu.train.classify.TextClassifier;
import io.kefu.train.data.DataSplit;
import io.kefu.train.data.LabeledText;
import io.kefu.train.eval.Evaluation;
import io.kefu.train.eval.EvaluationPage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains, evaluates and registers one classifier (intent or sentiment): split, DL4J model, the
 * TF-IDF baseline on the same split, {@code evaluation.json} and {@code evaluation.html} beside the
 * model files, then one registry version carrying the provenance and test metrics.
 */
public final class ClassifierTrainingJob {

  private static final Logger LOG = LoggerFactory.getLogger(ClassifierTrainingJob.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SparkSession spark;
  private final ModelRegistry registry;
  private final ClassifierConfig config;
  private final IntentTaxonomy taxonomy;

  /** A job whose intent models serve the packaged taxonomy in front of their networks. */
  public ClassifierTrainingJob(
      SparkSession spark, ModelRegistry registry, ClassifierConfig config) {
    this(spark, registry, config, IntentTaxonomy.packaged());
  }

  /**
   * @param taxonomy the rules an intent model serves in front of its networks: the ones that wrote
   *     the training data's weak labels ({@code ./kefu ingest --taxonomy})
   */
  public ClassifierTrainingJob(
      SparkSession spark,
      ModelRegistry registry,
      ClassifierConfig config,
      IntentTaxonomy taxonomy) {
    this.spark = spark;
    this.registry = registry;
    this.config = config;
    this.taxonomy = taxonomy;
  }

  /**
   * @param inputs the examples and where they came from
   * @param workDir where the artifact folder is assembled before registration
   * @return the summary line's figures
   */
  public ObjectNode run(ModelName name, TrainingInputs inputs, long seed, Path workDir)
      throws IOException {
    String task = name.wireName();
    List<LabeledText> examples = TrainingData.canonical(inputs.examples());
    ClassifierTrainer.requireTwoLabels(TrainingData.labelCounts(examples).keySet());
    DataSplit split =
        inputs.test() == null
            ? DataSplit.of(examples, seed)
            : DataSplit.withTest(examples, TrainingData.canonical(inputs.test()), seed);
    LOG.info(
        "{}: {} examples: train {}, validation {}, test {}; labels {}",
        task,
        examples.size(),
        split.train().size(),
        split.validation().size(),
        split.test().size(),
        TrainingData.labelCounts(examples));
    if (split.test().isEmpty()) {
      throw new IllegalArgumentException("the test split is empty; give more examples");
    }
    // below the calibrated threshold the intent classifier answers the taxonomy's fallback
    String other = Intent.OTHER.id();
    String fallback = examples.stream().anyMatch(e -> e.label().equals(other)) ? other : null;
    var trained =
        new ClassifierTrainer(config, seed)
            .train(task, split.train(), split.validation(), fallback);
    TextClassifier model = trained.model();
    List<Prediction> predictions = model.predict(texts(split.test()));
    Evaluation evaluation = Evaluation.of(model.head().labels(), split.test(), predictions);
    LOG.info("{}: training the TF-IDF baseline on the same split", task);
    var baseline =
        new TfidfLogisticBaseline(spark, config.features())
            .trainAndTest(split, model.head().labels());

    if (name == ModelName.INTENT) {
      // Measured above without them: on generated chat the rules wrote the labels, so only the
      // networks' figure says anything next to the baseline's. Served with them in front.
      model = model.withRules(new IntentRules(taxonomy));
    }
    Path artifact = Files.createDirectories(workDir);
    model.save(artifact);
    ObjectNode report = report(task, split, evaluation, baseline, trained.history(), seed);
    JSON.writerWithDefaultPrettyPrinter()
        .writeValue(artifact.resolve("evaluation.json").toFile(), report);
    Files.writeString(
        artifact.resolve("evaluation.html"),
        EvaluationPage.render(task + " classifier", evaluation, baseline.test()),
        StandardCharsets.UTF_8);
    ModelVersion version =
        registry.register(task, artifact, provenance(inputs, split, evaluation, model, seed));
    ObjectNode summary = summary(task, version, split, evaluation, baseline, trained.history());
    if (!summary.path("beats_baseline").asBoolean()) {
      LOG.warn(
          "{}: the DL4J model does NOT beat the baseline (macro-F1 {} vs {})",
          task,
          summary.path("macro_f1"),
          summary.path("baseline_macro_f1"));
    }
    return summary;
  }

  private ObjectNode report(
      String task,
      DataSplit split,
      Evaluation evaluation,
      TfidfLogisticBaseline.Result baseline,
      io.kefu.train.classify.TrainingHistory history,
      long seed) {
    ObjectNode r = JSON.createObjectNode();
    r.put("task", task);
    r.put("seed", seed);
    ObjectNode s = r.putObject("split");
    s.put("train", split.train().size());
    s.put("validation", split.validation().size());
    s.put("test", split.test().size());
    s.putPOJO("train_labels", TrainingData.labelCounts(split.train()));
    s.putPOJO("test_labels", TrainingData.labelCounts(split.test()));
    r.set("model", evaluation.toJson());
    r.set("baseline", Evaluation.of(baseline.test()).toJson().without("calibration"));
    ((ObjectNode) r.get("baseline")).put("reg_param", baseline.regParam());
    ((ObjectNode) r.get("baseline")).put("seconds", round(baseline.seconds()));
    ObjectNode t = r.putObject("training");
    t.put("seconds", round(history.seconds()));
    t.putPOJO("best_epochs", history.bestEpochs());
    t.put("vocabulary", history.vocabularySize());
    t.put("temperature", round(history.temperature()));
    t.put("fallback_threshold", history.fallbackThreshold());
    t.putPOJO("epochs", history.epochs());
    t.putPOJO("config", config);
    return r;
  }

  private ModelProvenance provenance(
      TrainingInputs inputs,
      DataSplit split,
      Evaluation evaluation,
      TextClassifier model,
      long seed) {
    Map<String, Long> rows = new LinkedHashMap<>();
    rows.put("train", (long) split.train().size());
    rows.put("validation", (long) split.validation().size());
    rows.put("test", (long) split.test().size());
    List<LabeledText> all = new ArrayList<>(inputs.examples());
    if (inputs.test() != null) {
      all.addAll(inputs.test());
    }
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("config", ProvenanceParameters.of(config));
    parameters.put("temperature", model.head().temperature());
    parameters.put("fallback_threshold", model.head().fallbackThreshold());
    if (model.rules() != null) {
      parameters.put(
          "serving",
          "the taxonomy's rules (" + TextClassifier.RULES_FILE + ") first, then networks");
    }
    Map<String, Double> metrics = new LinkedHashMap<>();
    metrics.put("accuracy", evaluation.accuracy());
    metrics.put("macro_f1", evaluation.macroF1());
    metrics.put("ece", evaluation.calibration().expectedCalibrationError());
    return new ModelProvenance(
        new DataFingerprint(inputs.paths(), rows, TrainingData.contentHash(all)),
        parameters,
        seed,
        CodeVersion.current(),
        libraries(),
        ModelProvenance.currentJavaVersion(),
        ModelProvenance.currentOsArch(),
        Instant.now().toString(),
        metrics,
        TrainingData.contentHash(split.test()),
        model.head().labels());
  }

  /** The build's versions, with the Spark that actually ran (a cluster may run another). */
  private Map<String, String> libraries() {
    Map<String, String> libraries = new TreeMap<>(BuildVersions.all());
    if (spark != null) {
      libraries.put("spark", spark.version());
    }
    return libraries;
  }

  private static ObjectNode summary(
      String task,
      ModelVersion version,
      DataSplit split,
      Evaluation evaluation,
      TfidfLogisticBaseline.Result baseline,
      io.kefu.train.classify.TrainingHistory history) {
    ObjectNode s = JSON.createObjectNode();
    s.put("model", task);
    s.put("version", version.version());
    s.put("train", split.train().size());
    s.put("validation", split.validation().size());
    s.put("test", split.test().size());
    s.put("accuracy", round(evaluation.accuracy()));
    s.put("macro_f1", round(evaluation.macroF1()));
    s.put("ece", round(evaluation.calibration().expectedCalibrationError()));
    s.put("baseline_accuracy", round(baseline.test().accuracy()));
    s.put("baseline_macro_f1", round(baseline.test().macroF1()));
    s.put("beats_baseline", evaluation.macroF1() > baseline.test().macroF1());
    s.put("train_seconds", round(history.seconds()));
    s.put("baseline_seconds", round(baseline.seconds()));
    return s;
  }

  private static List<String> texts(List<LabeledText> data) {
    List<String> out = new ArrayList<>(data.size());
    data.forEach(e -> out.add(e.text()));
    return out;
  }
}
