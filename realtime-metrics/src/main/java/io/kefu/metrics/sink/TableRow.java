package io.kefu.metrics.sink;

import java.io.Serializable;
import java.util.Objects;

/**
 * One row for a ClickHouse table: the table's name (unqualified, e.g. {@code fcr_daily}) and the
 * row as one JSONEachRow object, as {@code io.kefu.clickhouse.ClickHouseRows} writes it.
 */
public record TableRow(String table, String json) implements Serializable {

  public TableRow {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(json, "json");
  }
}
