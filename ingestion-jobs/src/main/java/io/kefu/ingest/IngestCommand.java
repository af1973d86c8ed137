package io.kefu.ingest;

import io.kefu.cli.CommandLines;
import io.kefu.cli.SparkMasterOption;
import io.kefu.core.label.IntentTaxonomy;
import io.kefu.core.label.SentimentLexicon;
import io.kefu.ingest.eval.TruthEvaluation;
import io.kefu.ingest.label.GoldLabels;
import io.kefu.ingest.label.SessionLabeler;
import io.kefu.ingest.report.IngestReport;
import io.kefu.spark.SparkSessions;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./kefu ingest} and the main class of the ingest job jar: parses flags, builds the Spark
 * session (local unless spark-submit set a master) and runs {@link IngestJob}.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Spark batch job: read raw chat logs (JSON lines, CSV exports), validate, quarantine,",
      "deduplicate, normalise and mask text, sessionize and weak-label; write Parquet",
      "messages/, sessions/, labeled_utterances/, quarantine/ (by day) and report.json."
    })
public final class IngestCommand implements Callable<Integer> {

  // A local run has one shuffle (by session); Spark's default of 200 partitions suits clusters.
  private static final int LOCAL_SHUFFLE_PARTITIONS = 8;

  @Option(names = "--input", required = true, description = "folder of raw logs (path or URI)")
  String input;

  @Option(names = "--out", required = true, description = "output folder (path or URI)")
  String out;

  @Option(
      names = "--encoding",
      defaultValue = "UTF-8",
      description = "charset of CSV exports, e.g. GBK (default ${DEFAULT-VALUE})")
  String encoding;

  @Option(names = "--gold-labels", description = "text,label CSV whose labels override weak labels")
  Path goldLabels;

  @Option(names = "--taxonomy", description = "intent taxonomy JSON replacing the packaged one")
  Path taxonomy;

  @Option(
      names = "--truth",
      description =
          "ground-truth folder of ./kefu generate: compare the output with it (report.json truth_check)")
  String truth;

  @Mixin SparkMasterOption master;

  @Override
  public Integer call() throws Exception {
    IngestConfig config = new IngestConfig(input, out, encoding, str(goldLabels), str(taxonomy));
    SessionLabeler labeler =
        new SessionLabeler(IntentTaxonomy.fileOrPackaged(taxonomy), SentimentLexicon.packaged());
    GoldLabels gold = GoldLabels.none();
    if (goldLabels != null) {
      try (Reader in = Files.newBufferedReader(goldLabels, StandardCharsets.UTF_8)) {
        gold = GoldLabels.read(in, goldLabels.toString());
      }
    }
    SparkSession spark = session(master.master());
    try {
      IngestReport report = new IngestJob(spark, config, labeler, gold).run();
      if (truth != null) {
        report.truthCheck = new TruthEvaluation(spark).evaluate(out, truth);
        System.err.println("against ground truth: " + report.truthCheck);
      }
      writeReport(spark, report);
      System.err.printf(
          "ingested %,d records in %.1f s: %,d messages in %,d sessions, %,d duplicates, %,d quarantined %s%n",
          report.recordsRead,
          report.elapsedSeconds,
          report.messages,
          report.sessions,
          report.duplicates,
          report.quarantinedTotal(),
          report.quarantined);
      System.err.println("masked " + report.masked + "; label coverage " + report.labelCoverage);
      System.out.println(out + "/report.json");
    } finally {
      spark.stop();
    }
    return 0;
  }

  /** The Spark session of an ingest run: local unless spark-submit configured a master. */
  public static SparkSession session(String defaultMaster) {
    return SparkSessions.create("kefu-ingest", defaultMaster, LOCAL_SHUFFLE_PARTITIONS);
  }

  private void writeReport(SparkSession spark, IngestReport report) throws Exception {
    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(out, "report.json");
    FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
    try (OutputStream os = fs.create(path, true)) {
      os.write(report.toJson().getBytes(StandardCharsets.UTF_8));
    }
  }

  private static String str(Path p) {
    return p == null ? null : p.toString();
  }

  public static void main(String[] args) {
    System.exit(CommandLines.run(new IngestCommand(), args));
  }
}
