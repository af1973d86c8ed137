package io.kefu.ingest;

import io.kefu.core.ingest.IngestLayout;
import io.kefu.ingest.label.GoldLabels;
import io.kefu.ingest.label.SessionLabeler;
import io.kefu.ingest.read.InputFiles;
import io.kefu.ingest.read.RawFileReader;
import io.kefu.ingest.report.IngestReport;
import io.kefu.ingest.report.IngestReportBuilder;
import io.kefu.ingest.schema.IngestSchemas;
import io.kefu.spark.DayPartitions;
import java.io.IOException;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest job: raw chat logs → {@code messages/}, {@code sessions/}, {@code
 * labeled_utterances/}, {@code quarantine/} (Parquet, partitioned by day) and {@code report.json}.
 * Wiring only, read → transform → write: {@link RawFileReader} reads, validates and masks each
 * file, {@link IngestTransform} deduplicates, sessionizes and labels, and this class writes. Days
 * present in a run replace their partitions; other days stay, so a new day adds partitions and a
 * re-run gives the same output.
 */
public final class IngestJob {

  private static final Logger LOG = LoggerFactory.getLogger(IngestJob.class);

  private final SparkSession spark;
  private final IngestConfig config;
  private final SessionLabeler labeler;
  private final GoldLabels gold;

  public IngestJob(
      SparkSession spark, IngestConfig config, SessionLabeler labeler, GoldLabels gold) {
    this.spark = spark;
    this.config = config;
    this.labeler = labeler;
    this.gold = gold;
  }

  public IngestReport run() throws IOException {
    long started = System.nanoTime();
    List<String> files =
        InputFiles.list(config.input(), spark.sparkContext().hadoopConfiguration());
    LOG.info("ingesting {} files from {}", files.size(), config.input());
    IngestOutputs outputs = new IngestTransform(labeler, gold).apply(read(files));
    write(outputs, files.size());
    IngestReport report =
        IngestReportBuilder.build(
            IngestReportBuilder.tally(outputs.all()), files.size(), config, gold.size());
    report.setElapsedSeconds((System.nanoTime() - started) / 1e9);
    outputs.release();
    return report;
  }

  /** Every record of the files, parsed, validated and masked: one file per task. */
  private Dataset<Row> read(List<String> files) {
    int partitions =
        Math.max(1, Math.min(files.size(), spark.sparkContext().defaultParallelism() * 2));
    return spark
        .createDataset(files, Encoders.STRING())
        .repartition(partitions)
        .flatMap(
            new RawFileReader(config.csvEncoding(), spark), Encoders.row(IngestSchemas.RECORD));
  }

  // Sessions first: writing them computes and caches the flat rows the other outputs filter.
  private void write(IngestOutputs outputs, int files) {
    write(outputs.sessions(), IngestLayout.SESSIONS);
    progress("read, validated, sessionized and labeled " + files + " files; sessions written");
    write(outputs.quarantine(), IngestLayout.QUARANTINE);
    progress("quarantine written");
    write(outputs.messages(), IngestLayout.MESSAGES);
    progress("messages written");
    write(outputs.utterances(), IngestLayout.LABELED_UTTERANCES);
    progress("labeled utterances written");
  }

  private void write(Dataset<Row> data, String name) {
    DayPartitions.overwrite(data, config.output() + "/" + name);
  }

  private static void progress(String step) {
    LOG.info("ingest: {}", step);
  }
}
