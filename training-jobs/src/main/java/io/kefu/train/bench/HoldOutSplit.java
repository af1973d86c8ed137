package io.kefu.train.bench;

import io.kefu.cli.CommandLines;
import io.kefu.core.event.export.CsvRecordReader;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Shuffles a labelled CSV with a seed and writes a training and a test file (review sets are often
 * sorted by label, so a head/tail cut would not do). Fields are written back quoted.
 */
@Command(
    name = "holdout",
    mixinStandardHelpOptions = true,
    description = "Shuffle a CSV (with header) and split it into training and test files.")
public final class HoldOutSplit implements Callable<Integer> {

  @Option(names = "--input", required = true)
  Path input;

  @Option(names = "--train", required = true)
  Path train;

  @Option(names = "--test", required = true)
  Path test;

  @Option(names = "--test-share", defaultValue = "0.2")
  double testShare;

  @Option(names = "--seed", defaultValue = "42")
  long seed;

  @Override
  public Integer call() throws Exception {
    List<List<String>> rows = new ArrayList<>();
    List<String> header;
    try (CsvRecordReader csv =
        new CsvRecordReader(Files.newBufferedReader(input, StandardCharsets.UTF_8))) {
      var h = csv.next();
      if (h == null) {
        throw new IllegalArgumentException(input + " is empty");
      }
      header = h.fields();
      for (var r = csv.next(); r != null; r = csv.next()) {
        rows.add(r.fields());
      }
    }
    Collections.shuffle(rows, new Random(seed));
    int cut = (int) Math.round(rows.size() * (1 - testShare));
    write(train, header, rows.subList(0, cut));
    write(test, header, rows.subList(cut, rows.size()));
    System.err.printf("%s: %d training rows, %d test rows%n", input, cut, rows.size() - cut);
    return 0;
  }

  private static void write(Path file, List<String> header, List<List<String>> rows)
      throws Exception {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(line(header));
      for (List<String> r : rows) {
        w.write(line(r));
      }
    }
  }

  private static String line(List<String> fields) {
    List<String> quoted = new ArrayList<>(fields.size());
    fields.forEach(f -> quoted.add("\"" + f.replace("\"", "\"\"") + "\""));
    return String.join(",", quoted) + "\n";
  }

  public static void main(String[] args) {
    System.exit(CommandLines.run(new HoldOutSplit(), args));
  }
}
