package io.kefu.qa.batch;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.kefu.spark.DayPartitions;
import io.kefu.spark.schema.EventColumns;
import io.kefu.spark.schema.FlatSchema;
import java.io.IOException;
import java.time.Instant;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The batch quality inspection: raw chat logs or an ingest output → Parquet {@code qa_inspections/}
 * and {@code qa_violations/} (partitioned by day) and the figures of {@code report.json}. Wiring
 * only: reading is {@link RawEventReader}, each session's inspection {@link SessionInspector} (the
 * engine of {@code io.kefu.qa.engine}), the figures {@link InspectReport}. One shuffle (by
 * session); days present in a run replace their partitions, others stay.
 */
public final class InspectJob {

  private static final Logger LOG = LoggerFactory.getLogger(InspectJob.class);

  private final SparkSession spark;
  private final InspectConfig config;
  private final Instant inspectedAt;

  public InspectJob(SparkSession spark, InspectConfig config, Instant inspectedAt) {
    this.spark = spark;
    this.config = config;
    this.inspectedAt = inspectedAt;
  }

  /** Runs the job; the outputs stay cached in the result until it is closed. */
  public InspectResult run() throws IOException {
    long started = System.nanoTime();
    InspectInput input =
        InspectInput.of(config.input(), spark.sparkContext().hadoopConfiguration());
    LOG.info("inspect: reading {}", input.describe());
    Dataset<Row> events = read(input).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> output =
        events
            .filter(col("valid"))
            .groupByKey((MapFunction<Row, String>) r -> r.getAs("session_id"), Encoders.STRING())
            .flatMapGroups(
                new SessionInspector(config.engine(), inspectedAt), Encoders.row(QaSchemas.OUTPUT))
            .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> inspections = only(output, QaSchemas.KIND_INSPECTION, QaSchemas.INSPECTION);
    Dataset<Row> violations = only(output, QaSchemas.KIND_VIOLATION, QaSchemas.VIOLATION);
    write(inspections, "qa_inspections");
    LOG.info("inspect: sessions inspected, qa_inspections written");
    write(violations, "qa_violations");
    LOG.info("inspect: qa_violations written");
    InspectReport report =
        InspectReport.of(input, events, output, config, (System.nanoTime() - started) / 1e9);
    events.unpersist();
    return new InspectResult(report, inspections, violations, output);
  }

  private Dataset<Row> read(InspectInput input) {
    if (input.ingestOutput()) {
      // The ingest job validated and deduplicated these; its messages/ hold every valid event.
      return spark
          .read()
          .parquet(input.root() + "/messages")
          .select(
              EventColumns.columns(lit(true).as("valid"), lit(null).cast("string").as("reason")));
    }
    int slices =
        Math.max(
            1, Math.min(input.rawFiles().size(), spark.sparkContext().defaultParallelism() * 2));
    return spark
        .createDataset(input.rawFiles(), Encoders.STRING())
        .repartition(slices)
        .flatMap(new RawEventReader(config.csvEncoding()), Encoders.row(QaSchemas.EVENT));
  }

  private void write(Dataset<Row> data, String name) {
    DayPartitions.overwrite(data, config.output() + "/" + name);
  }

  private static Dataset<Row> only(Dataset<Row> rows, String kind, StructType schema) {
    return rows.filter(col("kind").equalTo(kind)).select(FlatSchema.columnsOf(schema));
  }
}
