package io.kefu.ingest.bench;

import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefu.cli.CommandLines;
import io.kefu.cli.SparkMasterOption;
import io.kefu.core.label.IntentTaxonomy;
import io.kefu.core.label.SentimentLexicon;
import io.kefu.ingest.IngestCommand;
import io.kefu.ingest.IngestConfig;
import io.kefu.ingest.IngestJob;
import io.kefu.ingest.label.GoldLabels;
import io.kefu.ingest.label.SessionLabeler;
import io.kefu.ingest.report.IngestReport;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./kefu bench ingest}: in one Spark session, times a parse-only pass over the raw files
 * (Spark's own JSON and CSV readers with an explicit schema, every column used, the baseline of
 * {@code BENCHMARKS.md}) and the whole ingest job over the same files. The baseline runs before and
 * after the job and the faster run counts, so JIT warm-up cannot flatter the ratio. Prints one JSON
 * line last.
 */
@Command(name = "bench-ingest", mixinStandardHelpOptions = true, description = "Ingest benchmark.")
public final class IngestBenchmark implements Callable<Integer> {

  private static final StructType EVENT =
      new StructType()
          .add("event_id", DataTypes.StringType)
          .add("type", DataTypes.StringType)
          .add("session_id", DataTypes.StringType)
          .add("customer_id", DataTypes.StringType)
          .add("agent_id", DataTypes.StringType)
          .add("channel", DataTypes.StringType)
          .add("ts", DataTypes.StringType)
          .add("role", DataTypes.StringType)
          .add("text", DataTypes.StringType)
          .add("end_reason", DataTypes.StringType)
          .add("rating", DataTypes.StringType);

  @Option(names = "--input", required = true, description = "generated chat logs")
  String input;

  @Option(names = "--out", required = true, description = "scratch output folder")
  String out;

  @Mixin SparkMasterOption master;

  @Override
  public Integer call() throws Exception {
    SparkSession spark = IngestCommand.session(master.master());
    try {
      double parseFirst = parseOnly(spark);
      SessionLabeler labeler =
          new SessionLabeler(IntentTaxonomy.packaged(), SentimentLexicon.packaged());
      long start = System.nanoTime();
      IngestReport report =
          new IngestJob(
                  spark,
                  new IngestConfig(input, out, "UTF-8", null, null),
                  labeler,
                  GoldLabels.none())
              .run();
      double jobSeconds = (System.nanoTime() - start) / 1e9;
      double parseSecond = parseOnly(spark);
      double parseSeconds = Math.min(parseFirst, parseSecond);
      long records = report.recordsRead;
      Map<String, Object> figures = new LinkedHashMap<>();
      figures.put("benchmark", "ingest");
      figures.put("records", records);
      figures.put("messages", report.messages);
      figures.put("sessions", report.sessions);
      figures.put("cores", Runtime.getRuntime().availableProcessors());
      figures.put("parse_only_s", round(parseSeconds));
      figures.put("parse_only_records_per_s", Math.round(records / parseSeconds));
      figures.put("job_s", round(jobSeconds));
      figures.put("job_records_per_s", Math.round(records / jobSeconds));
      figures.put("ratio", round(parseSeconds / jobSeconds));
      System.out.println(new ObjectMapper().writeValueAsString(figures));
    } finally {
      spark.stop();
    }
    return 0;
  }

  private double parseOnly(SparkSession spark) {
    long start = System.nanoTime();
    Dataset<Row> json = spark.read().schema(EVENT).json(input + "/raw");
    Dataset<Row> csv =
        spark
            .read()
            .schema(EVENT)
            .option("header", "true")
            .option("multiLine", "true")
            .option("escape", "\"")
            .csv(input + "/exports");
    // Every column is used: the rows are fully materialised by the no-op sink.
    json.unionByName(csv)
        .filter(col("event_id").isNotNull())
        .write()
        .format("noop")
        .mode("overwrite")
        .save();
    return (System.nanoTime() - start) / 1e9;
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  public static void main(String[] args) {
    System.exit(CommandLines.run(new IngestBenchmark(), args));
  }
}
