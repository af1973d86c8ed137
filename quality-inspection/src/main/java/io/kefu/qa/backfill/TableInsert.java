package io.kefu.qa.backfill;

import io.kefu.clickhouse.ClickHouseGateway;
import io.kefu.clickhouse.ClickHouseSettings;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.ForeachPartitionFunction;
import org.apache.spark.util.LongAccumulator;

/**
 * Inserts a partition of JSONEachRow rows into one table through the gateway, in batches, from the
 * executor that holds them; counts the rows inserted.
 */
final class TableInsert implements ForeachPartitionFunction<String> {

  static final int BATCH = 20_000;

  private final ClickHouseSettings settings;
  private final String table;
  private final LongAccumulator inserted;

  TableInsert(ClickHouseSettings settings, String table, LongAccumulator inserted) {
    this.settings = settings;
    this.table = table;
    this.inserted = inserted;
  }

  @Override
  public void call(Iterator<String> rows) {
    if (!rows.hasNext()) {
      return;
    }
    try (ClickHouseGateway gateway = ClickHouseGateway.connect(settings)) {
      inserted.add(insert(gateway, table, rows));
    }
  }

  /** Inserts every row of {@code rows} in batches; returns how many. */
  static long insert(ClickHouseGateway gateway, String table, Iterator<String> rows) {
    long count = 0;
    List<String> batch = new ArrayList<>(BATCH);
    while (rows.hasNext()) {
      batch.add(rows.next());
      if (batch.size() == BATCH) {
        gateway.insertJsonEachRow(table, batch);
        count += batch.size();
        batch.clear();
      }
    }
    if (!batch.isEmpty()) {
      gateway.insertJsonEachRow(table, batch);
      count += batch.size();
    }
    return count;
  }
}
