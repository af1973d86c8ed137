package io.kefu.qa.batch;

import io.kefu.clickhouse.ClickHouseException;
import io.kefu.clickhouse.ClickHouseGateway;
import io.kefu.clickhouse.ClickHouseSettings;
import io.kefu.clickhouse.KefuSchema;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.ForeachPartitionFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Loads an inspect run into ClickHouse {@code qa_inspections} and {@code qa_violations} through the
 * gateway, as JSONEachRow inserts from each partition. Every row of the run carries the same
 * version (the run's time in milliseconds), so a later run of the same sessions replaces it under
 * FINAL. Columns map one to one; booleans become UInt8 and times UTC epoch seconds, which 18.16 and
 * current servers read alike.
 */
public final class ClickHouseLoad {

  private static final int BATCH = 20_000;

  private final ClickHouseSettings settings;

  public ClickHouseLoad(ClickHouseSettings settings) {
    this.settings = settings;
  }

  // The ClickHouse columns (CONTRACT §4), each from its Parquet column.
  private static final List<String> INSPECTION_COLUMNS =
      List.of(
          "cast(day AS string) AS day",
          "session_id",
          "coalesce(agent_id, '') AS agent_id",
          "channel",
          "score",
          "violations",
          "cast(critical AS int) AS critical",
          "cast(review_queued AS int) AS review_queued",
          "rule_set_version",
          "sentiment_source");
  private static final List<String> VIOLATION_COLUMNS =
      List.of(
          "cast(day AS string) AS day",
          "session_id",
          "rule_id",
          "severity",
          "weight",
          "message_index",
          "evidence",
          "explanation");

  /**
   * Creates the tables if needed (adding the columns a table of an earlier release lacks) and loads
   * both datasets.
   *
   * @param inspectedAt the run's time: every row's inspected_at, and in milliseconds its version
   * @return rows loaded: inspections, then violations
   * @throws ClickHouseException when ClickHouse refuses a statement or an insert
   */
  public long[] load(Dataset<Row> inspections, Dataset<Row> violations, Instant inspectedAt) {
    try (ClickHouseGateway gateway = ClickHouseGateway.connect(settings)) {
      // A table an earlier release created gets the columns it lacks here.
      KefuSchema.create(gateway);
    }
    Dataset<String> inspectionRows = json(inspections, INSPECTION_COLUMNS, inspectedAt);
    Dataset<String> violationRows = json(violations, VIOLATION_COLUMNS, inspectedAt);
    inspectionRows.foreachPartition(new Insert(settings, KefuSchema.QA_INSPECTIONS));
    violationRows.foreachPartition(new Insert(settings, KefuSchema.QA_VIOLATIONS));
    return new long[] {inspectionRows.count(), violationRows.count()};
  }

  private static Dataset<String> json(Dataset<Row> data, List<String> columns, Instant at) {
    List<String> select = new ArrayList<>(columns);
    select.add(at.getEpochSecond() + "L AS inspected_at");
    select.add(at.toEpochMilli() + "L AS version");
    return data.selectExpr(select.toArray(String[]::new)).toJSON();
  }

  private static final class Insert implements ForeachPartitionFunction<String> {
    private final ClickHouseSettings settings;
    private final String table;

    Insert(ClickHouseSettings settings, String table) {
      this.settings = settings;
      this.table = table;
    }

    @Override
    public void call(Iterator<String> rows) {
      if (!rows.hasNext()) {
        return;
      }
      try (ClickHouseGateway gateway = ClickHouseGateway.connect(settings)) {
        List<String> batch = new ArrayList<>(BATCH);
        while (rows.hasNext()) {
          batch.add(rows.next());
          if (batch.size() == BATCH) {
            gateway.insertJsonEachRow(table, batch);
            batch.clear();
          }
        }
        gateway.insertJsonEachRow(table, batch);
      }
    }
  }
}
