package io.kefu.metrics;

import io.kefu.clickhouse.ClickHouseGateway;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** A table read with FINAL as sorted text rows, without the columns a re-run may change. */
final class TableDump {

  private static final Set<String> RUN_COLUMNS = Set.of("version", "inspected_at", "received_at");

  private TableDump() {}

  static List<String> of(ClickHouseGateway gateway, String table, String where) {
    List<String> rows = new ArrayList<>();
    for (Map<String, Object> row :
        gateway.query("SELECT * FROM " + gateway.qualify(table) + " FINAL " + where)) {
      Map<String, Object> kept = new TreeMap<>(row);
      kept.keySet().removeAll(RUN_COLUMNS);
      rows.add(kept.toString());
    }
    rows.sort(null);
    return rows;
  }

  /** A dumped row without its {@code source=...} entry. */
  static String withoutSource(String row) {
    return row.replaceAll("source=[^,}]*", "source=");
  }

  static List<String> of(ClickHouseGateway gateway, String table) {
    return of(gateway, table, "");
  }
}
