package io.kefu.ingest;

import static org.apache.spark.sql.functions.col;

import io.kefu.ingest.label.GoldLabels;
import io.kefu.ingest.label.SessionLabeler;
import io.kefu.ingest.read.InputFiles;
import io.kefu.ingest.read.RawFileReader;
import io.kefu.ingest.report.IngestReport;
import io.kefu.ingest.report.IngestReportBuilder;
import io.kefu.ingest.schema.IngestSchemas;
import io.kefu.ingest.session.SessionAssembler;
import java.io.IOException;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest job: raw chat logs → {@code messages/}, {@code sessions/}, {@code
 * labeled_utterances/}, {@code quarantine/} (Parquet, partitioned by day) and {@code report.json}.
 * Wiring only: reading, validation, masking, sessionizing and labeling are the functions it calls.
 * One shuffle (by session). Days present in a run replace their partitions; other days stay, so a
 * new day adds partitions and a re-run gives the same output.
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
    // One pass: read and validate every file, one shuffle by session (rejected records by file),
    // then flat rows of all four outputs, cached once and written by kind.
    Dataset<Row> rows =
        spark
            .createDataset(files, Encoders.STRING())
            .repartition(
                Math.max(1, Math.min(files.size(), spark.sparkContext().defaultParallelism() * 2)))
            .flatMap(new RawFileReader(config.csvEncoding()), Encoders.row(IngestSchemas.RECORD))
            .groupByKey((MapFunction<Row, String>) SessionAssembler::key, Encoders.STRING())
            .flatMapGroups(new SessionAssembler(labeler, gold), Encoders.row(IngestSchemas.OUTPUT))
            .persist(StorageLevel.MEMORY_AND_DISK());
    write(only(rows, IngestSchemas.KIND_SESSION, IngestSchemas.SESSION), "sessions");
    progress(
        "read, validated, sessionized and labeled " + files.size() + " files; sessions written");
    write(only(rows, IngestSchemas.KIND_QUARANTINE, IngestSchemas.QUARANTINE), "quarantine");
    progress("quarantine written");
    write(only(rows, IngestSchemas.KIND_MESSAGE, IngestSchemas.MESSAGE), "messages");
    progress("messages written");
    Dataset<Row> utterances = only(rows, IngestSchemas.KIND_UTTERANCE, IngestSchemas.UTTERANCE);
    write(utterances, "labeled_utterances");
    progress("labeled utterances written");

    IngestReport report =
        new IngestReportBuilder(rows, utterances).build(files, config, gold.size());
    report.setElapsedSeconds((System.nanoTime() - started) / 1e9);
    rows.unpersist();
    return report;
  }

  private void write(Dataset<Row> data, String name) {
    data.write()
        .mode(SaveMode.Overwrite)
        .option("partitionOverwriteMode", "dynamic")
        .partitionBy("day")
        .parquet(config.output() + "/" + name);
  }

  private static Dataset<Row> only(
      Dataset<Row> rows, String kind, org.apache.spark.sql.types.StructType schema) {
    return rows.filter(col("kind").equalTo(kind)).select(fieldsOf(schema));
  }

  private static org.apache.spark.sql.Column[] fieldsOf(
      org.apache.spark.sql.types.StructType schema) {
    return java.util.Arrays.stream(schema.fieldNames())
        .map(org.apache.spark.sql.functions::col)
        .toArray(org.apache.spark.sql.Column[]::new);
  }

  private static void progress(String step) {
    LOG.info("ingest: {}", step);
  }
}
