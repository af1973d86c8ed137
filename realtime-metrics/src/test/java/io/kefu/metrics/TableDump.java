package io.kefu.metrics;

import io.kefu.clickhouse.ClickHouseGateway;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A table read with FINAL as sorted text rows, without the columns a re-run may change. A daily row
 * whose counts are all zero is left out: it reads as the same figure as no row, and whether one
 * exists depends on arrival order (the FCR of a session whose earlier contact arrives later, from
 * the other parallel task, is first counted under its own key and then moved away).
 */
final class TableDump {

  private static final Set<String> RUN_COLUMNS = Set.of("version", "inspected_at", "received_at");

  private TableDump() {}

  static List<String> of(ClickHouseGateway gateway, String table, String where) {
    List<String> rows = new ArrayList<>();
    for (Map<String, Object> row :
        gateway.query("SELECT * FROM " + gateway.qualify(table) + " FINAL " + where)) {
      Map<String, Object> kept = new TreeMap<>(row);
      kept.keySet().removeAll(RUN_COLUMNS);
      if (!(table.endsWith("_daily") && countsAllZero(kept))) {
        rows.add(kept.toString());
      }
    }
    rows.sort(null);
    return rows;
  }

  private static boolean countsAllZero(Map<String, Object> row) {
    for (Map.Entry<String, Object> column : row.entrySet()) {
      if (column.getValue() instanceof Number n
          && !column.getKey().equals("final")
          && n.doubleValue() != 0) {
        return false;
      }
    }
    return true;
  }

  /** A dumped row without its {@code source=...} entry. */
  static String withoutSource(String row) {
    return row.replaceAll("source=[^,}]*", "source=");
  }

  static List<String> of(ClickHouseGateway gateway, String table) {
    return of(gateway, table, "");
  }
}
