package io.kefu.train.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kefu.cli.CommandLines;
import io.kefu.cli.SparkMasterOption;
import io.kefu.core.model.ModelName;
import io.kefu.core.text.TextPreparation;
import io.kefu.registry.ModelRegistry;
import io.kefu.registry.cli.RegistryOptions;
import io.kefu.spark.SparkSessions;
import io.kefu.train.classify.TextClassifier;
import io.kefu.train.data.IngestedUtterances;
import io.kefu.train.data.LabeledSessions;
import io.kefu.train.data.LabeledText;
import io.kefu.train.eval.Evaluation;
import io.kefu.train.eval.PrimaryIntentEvaluation;
import io.kefu.train.predict.RegisteredClassifiers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./kefu evaluate intent|sentiment}: measures a registered classifier on labelled data it
 * was not trained on, without training anything: messages (an ingest output or a text,label CSV)
 * or, for intent, whole sessions labelled with their primary intent.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Measure a registered classifier (production, else newest, or --model) on labelled data:",
      "--test-data DIR (an ingest output), --test-labels FILE.csv (text,label) or, for intent,",
      "--sessions FILE.jsonl (sessions labelled with their primary intent, CONTRACT §3).",
      "Prints the figures as one JSON line."
    })
public final class EvaluateCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Parameters(index = "0", paramLabel = "MODEL", description = "intent or sentiment")
  String task;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Input input;

  static final class Input {
    @Option(names = "--test-data", paramLabel = "DIR", description = "an ingest output folder")
    String testData;

    @Option(names = "--test-labels", paramLabel = "FILE.csv", description = "a text,label CSV")
    Path testLabels;

    @Option(
        names = "--sessions",
        paramLabel = "FILE.jsonl",
        description =
            "intent only: {\"session_id\",\"intent\",\"messages\":[{\"role\",\"text\"}]} per"
                + " line, or a ./kefu generate output folder (its true intents)")
    Path sessions;
  }

  @Option(
      names = "--model",
      paramLabel = "NAME:VERSION",
      description = "a registered version, e.g. intent:3 (default: production, else newest)")
  String model;

  @Mixin SparkMasterOption master;

  @Mixin RegistryOptions registry;

  @Override
  public Integer call() throws Exception {
    ModelName named = ModelVersionOption.classifier(task);
    if (input.sessions != null && named != ModelName.INTENT) {
      throw new IllegalArgumentException("--sessions measures the intent model only");
    }
    ModelRegistry models = registry.open();
    int version =
        RegisteredClassifiers.chooseVersion(models, task, ModelVersionOption.version(task, model));
    TextClassifier classifier = RegisteredClassifiers.load(models.load(task, version));
    ObjectNode out = JSON.createObjectNode();
    out.put("model", task + ":" + version);
    // With rules in front, the networks alone are measured too: on generated data the rules
    // wrote the labels, so only the networks' figure compares with a training run's.
    TextClassifier networks = classifier.rules() == null ? null : classifier.withoutRules();
    if (input.sessions != null) {
      List<LabeledSessions.Session> sessions = LabeledSessions.read(input.sessions);
      out.setAll(primaryIntent(sessions, classifier).toJson(10));
      if (networks != null) {
        PrimaryIntentEvaluation alone = primaryIntent(sessions, networks);
        out.put("networks_primary_intent_accuracy", Evaluation.round(alone.accuracy()));
        out.put("networks_primary_intent_macro_f1", Evaluation.round(alone.macroF1()));
      }
    } else {
      List<LabeledText> examples = examples(named);
      List<String> texts = new ArrayList<>(examples.size());
      examples.forEach(e -> texts.add(e.text()));
      Evaluation evaluation =
          Evaluation.of(classifier.head().labels(), examples, classifier.predict(texts));
      out.put("messages", examples.size());
      out.put("macro_f1", Evaluation.round(evaluation.macroF1()));
      out.put("accuracy", Evaluation.round(evaluation.accuracy()));
      if (networks != null) {
        Evaluation alone =
            Evaluation.of(classifier.head().labels(), examples, networks.predict(texts));
        out.put("networks_macro_f1", Evaluation.round(alone.macroF1()));
        out.put("networks_accuracy", Evaluation.round(alone.accuracy()));
      }
    }
    System.out.println(out);
    return 0;
  }

  private static PrimaryIntentEvaluation primaryIntent(
      List<LabeledSessions.Session> sessions, TextClassifier model) {
    return PrimaryIntentEvaluation.of(
        sessions, texts -> model.predict(TextPreparation.prepareAll(texts)));
  }

  // Ingest output is prepared already; a user's CSV is raw, so it is prepared here, once.
  private List<LabeledText> examples(ModelName named) throws Exception {
    if (input.testLabels != null) {
      return UserLabels.read(input.testLabels, named);
    }
    SparkSession spark = SparkSessions.create("kefu-evaluate-" + task, master.master(), 4);
    try {
      return IngestedUtterances.read(spark, input.testData, named);
    } finally {
      spark.stop();
    }
  }

  public static void main(String[] args) {
    System.exit(CommandLines.run(new EvaluateCommand(), args));
  }
}
