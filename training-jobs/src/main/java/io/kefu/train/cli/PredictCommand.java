package io.kefu.train.cli;

import io.kefu.cli.CommandLines;
import io.kefu.core.model.Prediction;
import io.kefu.registry.cli.RegistryOptions;
import io.kefu.train.predict.ClassifierPredictor;
import io.kefu.train.predict.TextInput;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./kefu predict intent|sentiment}: scores a file with a registered classifier. */
@Command(
    name = "predict",
    mixinStandardHelpOptions = true,
    description = {
      "Score a CSV (text column) or JSON lines (text field) with the production model, else the",
      "newest version, or the version named; writes CSV text,label,confidence in input order."
    })
public final class PredictCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "MODEL", description = "intent or sentiment")
  String task;

  @Option(names = "--input", required = true, paramLabel = "FILE", description = "CSV or .jsonl")
  Path input;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "CSV to write")
  Path out;

  @Option(
      names = "--model",
      paramLabel = "NAME:VERSION",
      description = "a registered version, e.g. sentiment:3 (default: production, else newest)")
  String model;

  @Mixin RegistryOptions registry;

  @Override
  public Integer call() throws Exception {
    ModelVersionOption.classifier(task);
    Integer version = ModelVersionOption.version(task, model);
    ClassifierPredictor predictor =
        ClassifierPredictor.fromRegistry(registry.open(), task, version);
    List<String> texts = TextInput.read(input);
    long started = System.nanoTime();
    List<Prediction> predictions = predictor.predict(texts);
    double seconds = (System.nanoTime() - started) / 1e9;
    if (out.toAbsolutePath().getParent() != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
    }
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write("text,label,confidence\n");
      for (int i = 0; i < texts.size(); i++) {
        Prediction p = predictions.get(i);
        w.write(
            csvField(texts.get(i))
                + ","
                + csvField(p.label())
                + ","
                + String.format(Locale.ROOT, "%.4f", p.confidence())
                + "\n");
      }
    }
    System.err.printf(
        Locale.ROOT,
        "scored %,d texts with %s in %.1f s -> %s%n",
        texts.size(),
        predictor.servedVersion(),
        seconds,
        out);
    return 0;
  }

  static String csvField(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }

  public static void main(String[] args) {
    System.exit(CommandLines.run(new PredictCommand(), args));
  }
}
