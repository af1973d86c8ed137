package io.kefu.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every writer's row goes into the real server (18.16 in tests) and comes back the same under
 * FINAL, with only the newest of two versions kept.
 */
class ClickHouseRowsIntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String EPOCH = "_epoch";
  private static ClickHouseGateway gateway;

  @BeforeAll
  static void connect() {
    String database = "kefu_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    gateway =
        ClickHouseGateway.connect(ClickHouseSettings.fromEnvironment().withDatabase(database));
    KefuSchema.create(gateway);
  }

  @AfterAll
  static void dropScratchDatabase() {
    gateway.execute("DROP DATABASE IF EXISTS " + gateway.database());
    gateway.close();
  }

  @Test
  void everyWrittenRowReadsBackOnceUnderFinalWithItsNewestVersion() throws Exception {
    Map<String, String> first = SampleRows.everyTable(1);
    Map<String, String> second = SampleRows.everyTable(2);
    for (String table : first.keySet()) {
      gateway.insertJsonEachRow(table, List.of(first.get(table)));
      gateway.insertJsonEachRow(table, List.of(second.get(table)));
    }

    for (Map.Entry<String, String> written : second.entrySet()) {
      String table = written.getKey();
      @SuppressWarnings("unchecked")
      Map<String, Object> expected = JSON.readValue(written.getValue(), LinkedHashMap.class);
      List<Map<String, Object>> rows =
          gateway.query(
              "SELECT "
                  + String.join(", ", selectList(table))
                  + " FROM "
                  + gateway.qualify(table)
                  + " FINAL");

      assertThat(rows).as(table).hasSize(1);
      Map<String, Object> row = withoutEpochSuffix(rows.get(0));
      assertThat(row).as(table).containsOnlyKeys(expected.keySet());
      for (Map.Entry<String, Object> column : expected.entrySet()) {
        assertThat(comparable(row.get(column.getKey())))
            .as(table + "." + column.getKey())
            .isEqualTo(comparable(column.getValue()));
      }
    }
  }

  // DateTime columns read back as epoch seconds, as written, whatever the server's time zone; an
  // alias of its own column's name would be cyclic on 18.16, hence the suffix.
  private static List<String> selectList(String table) {
    List<String> select = new ArrayList<>();
    for (Map<String, Object> column :
        gateway.query(
            "SELECT name, type FROM system.columns WHERE database = '"
                + gateway.database()
                + "' AND table = '"
                + table
                + "'")) {
      String name = (String) column.get("name");
      select.add(
          "DateTime".equals(column.get("type"))
              ? "toUnixTimestamp(" + name + ") AS " + name + EPOCH
              : name);
    }
    return select;
  }

  // The server writes Float64 3.0 as 3: numbers compare by value.
  private static String comparable(Object value) {
    return value instanceof Number n
        ? new BigDecimal(n.toString()).stripTrailingZeros().toPlainString()
        : String.valueOf(value);
  }

  private static Map<String, Object> withoutEpochSuffix(Map<String, Object> row) {
    Map<String, Object> renamed = new LinkedHashMap<>();
    row.forEach(
        (name, value) ->
            renamed.put(
                name.endsWith(EPOCH) ? name.substring(0, name.length() - EPOCH.length()) : name,
                value));
    return renamed;
  }
}
