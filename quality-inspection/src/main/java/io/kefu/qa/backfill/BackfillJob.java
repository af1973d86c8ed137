package io.kefu.qa.backfill;

import io.kefu.clickhouse.ClickHouseGateway;
import io.kefu.clickhouse.ClickHouseRows;
import io.kefu.clickhouse.KefuSchema;
import io.kefu.core.ingest.IngestLayout;
import io.kefu.core.metrics.hot.CustomerMessage;
import io.kefu.core.metrics.hot.HotPhraseRow;
import io.kefu.core.metrics.hot.HotTopicRow;
import io.kefu.spark.schema.EventColumns;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;

/**
 * The backfill (CONTRACT §1 {@code ./kefu backfill}): an ingest output's {@code messages/} (every
 * valid, deduplicated event, text normalised and masked, which the models and rules prepare to the
 * same text as the raw one the stream reads) → the streaming job's tables in ClickHouse: {@code
 * sessions}, {@code fcr_daily}, {@code csat_daily}, {@code agent_timing_daily}, {@code
 * qa_coverage_daily}, {@code hot_topics}, {@code hot_phrases}, {@code qa_inspections}, {@code
 * qa_violations}. Wiring only: a session's rows are {@link SessionOutcomes}, the sums {@link
 * DailyTables}, the hot tables {@link HotTables}; every definition is core's. One shuffle by
 * session, then one per summed table.
 *
 * <p>Scaling limit: emerging phrases stream every customer message through the driver (one pass,
 * holding only the phrase tallies of each window), as the stream does in its single phrase task.
 */
public final class BackfillJob {

  private final SparkSession spark;
  private final BackfillConfig config;
  private final Consumer<String> progress;

  /**
   * @param progress receives a line per step, for the terminal
   */
  public BackfillJob(SparkSession spark, BackfillConfig config, Consumer<String> progress) {
    this.spark = spark;
    this.config = config;
    this.progress = progress;
  }

  /** Runs the backfill; returns the rows written per table, in the order written. */
  public Map<String, Long> run() throws IOException {
    String messages = messagesPath(config.data(), spark.sparkContext().hadoopConfiguration());
    try (ClickHouseGateway gateway = ClickHouseGateway.connect(config.clickHouse())) {
      KefuSchema.create(gateway);
    }
    Dataset<SessionOutcome> outcomes = outcomes(messages);
    try {
      return writeTables(outcomes, config.version());
    } finally {
      outcomes.unpersist();
    }
  }

  // The one shuffle by session: every session digested and inspected once, kept for the tables.
  private Dataset<SessionOutcome> outcomes(String messages) {
    long started = System.nanoTime();
    Dataset<SessionOutcome> outcomes =
        spark
            .read()
            .parquet(messages)
            .select(EventColumns.columns())
            .groupByKey((MapFunction<Row, String>) r -> r.getAs("session_id"), Encoders.STRING())
            .mapGroups(
                new SessionBackfiller(config.models(), config.version(), config.startedAt()),
                Encoders.javaSerialization(SessionOutcome.class))
            .persist(StorageLevel.MEMORY_AND_DISK());
    long sessions = outcomes.count();
    progress.accept(
        String.format(
            "%,d sessions digested and inspected in %.1f s",
            sessions, (System.nanoTime() - started) / 1e9));
    return outcomes;
  }

  private Map<String, Long> writeTables(Dataset<SessionOutcome> outcomes, long version) {
    Map<String, Long> written = new LinkedHashMap<>();
    write(
        KefuSchema.SESSIONS,
        outcomes.map(
            (MapFunction<SessionOutcome, String>) SessionOutcome::sessionRow, Encoders.STRING()),
        written);
    write(KefuSchema.FCR_DAILY, DailyTables.fcrDaily(outcomes, version), written);
    write(KefuSchema.CSAT_DAILY, DailyTables.csatDaily(outcomes, version), written);
    write(KefuSchema.AGENT_TIMING_DAILY, DailyTables.agentTimingDaily(outcomes, version), written);
    write(KefuSchema.QA_COVERAGE_DAILY, DailyTables.qaCoverageDaily(outcomes, version), written);
    writeHotTopics(outcomes, version, written);
    writeHotPhrases(outcomes, version, written);
    write(
        KefuSchema.QA_INSPECTIONS,
        outcomes.map(
            (MapFunction<SessionOutcome, String>) SessionOutcome::inspectionRow, Encoders.STRING()),
        written);
    write(
        KefuSchema.QA_VIOLATIONS,
        outcomes.flatMap(
            (FlatMapFunction<SessionOutcome, String>) o -> o.violationRows().iterator(),
            Encoders.STRING()),
        written);
    return written;
  }

  /**
   * The {@code messages/} dataset of an ingest output.
   *
   * @throws IllegalArgumentException one line saying how to make one when it is missing
   */
  public static String messagesPath(String data, Configuration conf) throws IOException {
    Path path = new Path(data, IngestLayout.MESSAGES);
    FileSystem fs = path.getFileSystem(conf);
    if (!fs.exists(path)) {
      throw new IllegalArgumentException(
          "--data "
              + data
              + " is not an ingest output (no "
              + IngestLayout.MESSAGES
              + "/); make one with ./kefu ingest --input RAW_LOGS --out "
              + data);
    }
    return path.toString();
  }

  private void write(String table, Dataset<String> rows, Map<String, Long> written) {
    LongAccumulator inserted = spark.sparkContext().longAccumulator(table);
    rows.foreachPartition(new TableInsert(config.clickHouse(), table, inserted));
    done(table, inserted.value(), written);
  }

  private void writeHotTopics(
      Dataset<SessionOutcome> outcomes, long version, Map<String, Long> written) {
    Dataset<Row> counts =
        outcomes
            .flatMap(
                (FlatMapFunction<SessionOutcome, Row>)
                    o -> HotTables.mentions(o.facts(), o.faqCluster()).iterator(),
                Encoders.row(HotTables.MENTION))
            .groupBy("kind", "topic", "window_start")
            .count();
    List<String> rows = new ArrayList<>();
    for (HotTopicRow row : HotTables.topics(counts.toLocalIterator())) {
      rows.add(ClickHouseRows.hotTopic(row, version));
    }
    writeFromDriver(KefuSchema.HOT_TOPICS, rows, written);
  }

  private void writeHotPhrases(
      Dataset<SessionOutcome> outcomes, long version, Map<String, Long> written) {
    Dataset<CustomerMessage> messages =
        outcomes.flatMap(
            (FlatMapFunction<SessionOutcome, CustomerMessage>) o -> o.customerMessages().iterator(),
            Encoders.javaSerialization(CustomerMessage.class));
    List<String> rows = new ArrayList<>();
    for (HotPhraseRow row : HotTables.phrases(messages.toLocalIterator())) {
      rows.add(ClickHouseRows.hotPhrase(row, version));
    }
    writeFromDriver(KefuSchema.HOT_PHRASES, rows, written);
  }

  private void writeFromDriver(String table, List<String> rows, Map<String, Long> written) {
    try (ClickHouseGateway gateway = ClickHouseGateway.connect(config.clickHouse())) {
      done(table, TableInsert.insert(gateway, table, rows.iterator()), written);
    }
  }

  private void done(String table, long rows, Map<String, Long> written) {
    written.put(table, rows);
    progress.accept(String.format("%s: %,d rows", table, rows));
  }
}
