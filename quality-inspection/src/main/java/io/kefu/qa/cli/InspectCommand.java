package io.kefu.qa.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kefu.cli.CommandLines;
import io.kefu.cli.SparkMasterOption;
import io.kefu.clickhouse.ClickHouseSettings;
import io.kefu.qa.batch.ClickHouseLoad;
import io.kefu.qa.batch.EngineSpec;
import io.kefu.qa.batch.GroundTruthCheck;
import io.kefu.qa.batch.InspectConfig;
import io.kefu.qa.batch.InspectJob;
import io.kefu.qa.batch.InspectReport;
import io.kefu.qa.batch.InspectResult;
import io.kefu.qa.batch.SentimentChoice;
import io.kefu.qa.config.QaRuleSet;
import io.kefu.qa.eval.EvaluationOutput;
import io.kefu.qa.eval.ViolationEvaluation;
import io.kefu.spark.SparkSessions;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./kefu inspect} and the main class of the quality-inspection job jar: parses flags,
 * decides the rules and the sentiment source, builds the Spark session (local unless spark-submit
 * set a master) and runs {@link InspectJob}; optionally evaluates against ground truth and loads
 * the result into ClickHouse.
 */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description = {
      "Spark batch job: inspect every session of raw chat logs or of an ingest",
      "output against the quality rules (CONTRACT §5); write Parquet",
      "qa_inspections/ and qa_violations/ (by day) and report.json. With",
      "--evaluate, per-rule precision and recall against INPUT/truth/sessions.jsonl",
      "(generated data), the figures as one JSON line last."
    })
public final class InspectCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Option(
      names = "--input",
      required = true,
      description = "raw chat logs or an ingest output folder")
  String input;

  @Option(names = "--out", required = true, description = "output folder (path or URI)")
  String out;

  @Option(names = "--rules", description = "rules JSON laid over the packaged qa-rules.json")
  Path rules;

  @Option(
      names = "--registry",
      paramLabel = "DIR|URI",
      description =
          "model registry whose production sentiment model the model-based rules use"
              + " (default: $KEFU_REGISTRY, else ./.kefu/registry; none there: the lexicon)")
  String registry;

  @Option(
      names = "--evaluate",
      description = "compare with INPUT/truth/sessions.jsonl (generated data)")
  boolean evaluate;

  @Option(
      names = "--clickhouse",
      description = "also load the inspections into ClickHouse kefu.qa_inspections/qa_violations")
  boolean clickhouse;

  @Option(
      names = "--encoding",
      defaultValue = "UTF-8",
      description = "charset of CSV exports (default ${DEFAULT-VALUE})")
  String encoding;

  @Mixin SparkMasterOption master;

  @Override
  public Integer call() throws Exception {
    InspectConfig config = config();
    Instant inspectedAt = Instant.now();
    SparkSession spark = SparkSessions.create("kefu-inspect", master.master(), 8);
    try (InspectResult result = new InspectJob(spark, config, inspectedAt).run()) {
      InspectReport report = result.report();
      ViolationEvaluation evaluation = null;
      if (evaluate) {
        evaluation =
            GroundTruthCheck.evaluate(result, input, spark.sparkContext().hadoopConfiguration());
        report.put("evaluation", EvaluationOutput.json(evaluation));
      }
      if (clickhouse) {
        loadIntoClickHouse(result, report, inspectedAt);
      }
      writeReport(spark, report);
      printSummary(report);
      if (evaluation != null) {
        System.out.print(EvaluationOutput.table(evaluation));
      }
      System.out.println(lastLine(report, evaluation));
    } finally {
      spark.stop();
    }
    return 0;
  }

  /** The rules (validated here, before Spark starts) and the sentiment source, said aloud. */
  private InspectConfig config() {
    QaRuleSet ruleSet = rules == null ? QaRuleSet.defaults() : QaRuleSet.load(rules);
    SentimentChoice sentiment = SentimentChoice.decide(registry);
    System.err.println(
        "[inspect] rules "
            + ruleSet.version()
            + (rules == null ? " (packaged)" : " (" + rules + ")")
            + "; "
            + sentiment.why());
    EngineSpec spec =
        new EngineSpec(
            rules == null ? null : rules.toAbsolutePath().toString(), ruleSet.version(), sentiment);
    return new InspectConfig(input, out, spec, encoding);
  }

  private static void loadIntoClickHouse(
      InspectResult result, InspectReport report, Instant inspectedAt) {
    long[] loaded =
        new ClickHouseLoad(ClickHouseSettings.fromEnvironment())
            .load(result.inspections(), result.violations(), inspectedAt);
    System.err.printf(
        "[inspect] loaded %,d inspections and %,d violations into ClickHouse%n",
        loaded[0], loaded[1]);
    report.put(
        "clickhouse_loaded", Map.of("qa_inspections", loaded[0], "qa_violations", loaded[1]));
  }

  private void printSummary(InspectReport r) {
    System.err.printf(
        "[inspect] %,d sessions inspected in %s s; coverage %.1f %% of %,d ended sessions; %,d invalid records not inspected%n",
        r.sessionsInspected(),
        r.get("elapsed_seconds"),
        100 * r.coverage(),
        r.endedSessions(),
        r.recordsInvalid());
    System.err.println("[inspect] hits per rule: " + r.hitsPerRule());
    System.err.println(
        "[inspect] scores: "
            + r.get("score_histogram")
            + "; sentiment: "
            + r.get("sentiment_source"));
    System.err.println(
        "[inspect] output: "
            + out
            + "/qa_inspections, "
            + out
            + "/qa_violations, "
            + out
            + "/report.json");
  }

  private static String lastLine(InspectReport r, ViolationEvaluation evaluation) {
    ObjectNode line = JSON.createObjectNode();
    line.put("sessions_inspected", r.sessionsInspected());
    line.put("ended_sessions", r.endedSessions());
    line.put("coverage", r.coverage());
    line.put("rule_set_version", String.valueOf(r.get("rule_set_version")));
    line.put("sentiment_source", String.valueOf(r.get("sentiment_source")));
    line.put(
        "coverage_text",
        String.format(
            Locale.ROOT,
            "%.1f %% (%d of %d ended sessions inspected)",
            100 * r.coverage(),
            (Long) r.get("ended_sessions_inspected"),
            r.endedSessions()));
    line.set("hits_per_rule", JSON.valueToTree(r.hitsPerRule()));
    line.put("top_rules", topRules(r.hitsPerRule(), 3));
    if (evaluation != null) {
      line.set("evaluation", EvaluationOutput.json(evaluation));
    }
    return line.toString();
  }

  /** The {@code n} rules with most hits, as {@code rule (hits)}, most first; none: {@code none}. */
  static String topRules(Map<String, Long> hits, int n) {
    String top =
        hits.entrySet().stream()
            .filter(e -> e.getValue() > 0)
            .sorted(
                Map.Entry.<String, Long>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(n)
            .map(e -> e.getKey() + " (" + e.getValue() + ")")
            .collect(Collectors.joining(", "));
    return top.isEmpty() ? "none" : top;
  }

  private void writeReport(SparkSession spark, InspectReport report) throws Exception {
    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(out, "report.json");
    FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
    try (OutputStream os = fs.create(path, true)) {
      os.write(report.toJson().getBytes(StandardCharsets.UTF_8));
    }
  }

  public static void main(String[] args) {
    System.exit(CommandLines.run(new InspectCommand(), args));
  }
}
