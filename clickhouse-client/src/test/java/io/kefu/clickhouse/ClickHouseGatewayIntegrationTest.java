package io.kefu.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Against the real ClickHouse server of the local stack (18.16 in tests). */
class ClickHouseGatewayIntegrationTest {

  private static ClickHouseGateway gateway;

  @BeforeAll
  static void connect() {
    // A scratch database of this run (stack-testing's LocalStack depends on this module).
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

  static List<String> tables() {
    return KefuSchema.TABLES;
  }

  @ParameterizedTest(name = "{0} round-trips and FINAL keeps the newest version")
  @MethodSource("tables")
  void everyTableRoundTripsAndFinalKeepsOneRowPerKey(String table) throws Exception {
    Map<String, String> columns = columnTypes(table);
    Map<String, Object> first = sampleRow(table, columns, 1, "第一版 \"quoted\" \\ 😊");
    Map<String, Object> second = sampleRow(table, columns, 2, "第二版");

    gateway.insertJsonEachRow(table, List.of(json(first)));
    gateway.insertJsonEachRow(table, List.of(json(second)));

    List<Map<String, Object>> rows =
        gateway.query("SELECT * FROM " + gateway.qualify(table) + " FINAL");
    assertThat(rows).hasSize(1);
    for (Map.Entry<String, Object> column : second.entrySet()) {
      assertThat(String.valueOf(rows.get(0).get(column.getKey())))
          .as(table + "." + column.getKey())
          .isEqualTo(String.valueOf(column.getValue()));
    }
    assertThat(gateway.queryLong("SELECT count() FROM " + gateway.qualify(table))).isEqualTo(2);
  }

  @Test
  void creatingTheSchemaTwiceIsHarmless() {
    KefuSchema.create(gateway);
    KefuSchema.create(gateway);

    long tables =
        gateway.queryLong(
            "SELECT count() FROM system.tables WHERE database = '" + gateway.database() + "'");
    assertThat(tables).isEqualTo(KefuSchema.TABLES.size());
  }

  @Test
  void aTableOfAnEarlierReleaseGetsTheColumnsItLacksAndKeepsItsRows() {
    String table = KefuSchema.MESSAGES;
    gateway.execute("ALTER TABLE " + gateway.qualify(table) + " DROP COLUMN intent_model");
    gateway.execute("ALTER TABLE " + gateway.qualify(table) + " DROP COLUMN sentiment_model");
    long before = gateway.queryLong("SELECT count() FROM " + gateway.qualify(table));

    KefuSchema.create(gateway);

    assertThat(columnTypes(table)).containsKeys("intent_model", "sentiment_model");
    assertThat(gateway.queryLong("SELECT count() FROM " + gateway.qualify(table)))
        .isEqualTo(before);
  }

  @Test
  void unsignedSixtyFourBitIntegersComeBackAsNumbers() {
    assertThat(gateway.query("SELECT toUInt64(18446744073709551615) AS big").get(0).get("big"))
        .isInstanceOf(Number.class)
        .hasToString("18446744073709551615");
  }

  @Test
  void aBadStatementFailsWithTheServerReason() {
    assertThatThrownBy(() -> gateway.query("SELECT no_such_column FROM system.one"))
        .isInstanceOf(ClickHouseException.class)
        .hasMessageContaining("no_such_column");
  }

  @Test
  void anUnreachableServerSaysHowToStartIt() {
    ClickHouseSettings nowhere =
        new ClickHouseSettings("http://127.0.0.1:1", "default", "", "kefu");

    assertThatThrownBy(() -> ClickHouseGateway.connect(nowhere))
        .isInstanceOf(ClickHouseException.class)
        .hasMessageContaining("./kefu stack start");
  }

  private static Map<String, String> columnTypes(String table) {
    Map<String, String> types = new LinkedHashMap<>();
    for (Map<String, Object> row :
        gateway.query(
            "SELECT name, type FROM system.columns WHERE database = '"
                + gateway.database()
                + "' AND table = '"
                + table
                + "'")) {
      types.put((String) row.get("name"), (String) row.get("type"));
    }
    return types;
  }

  // Key columns get the same value in both versions; every other column differs.
  private static Map<String, Object> sampleRow(
      String table, Map<String, String> columns, int version, String text) {
    List<String> key = new ArrayList<>(KefuSchema.keyColumns(table));
    Map<String, Object> row = new LinkedHashMap<>();
    for (Map.Entry<String, String> column : columns.entrySet()) {
      boolean isKey = key.contains(column.getKey()) || column.getKey().equals("day");
      int variant = isKey ? 1 : version;
      row.put(column.getKey(), value(column.getValue(), variant, isKey ? "key" : text));
    }
    row.put("version", version);
    return row;
  }

  private static Object value(String type, int variant, String text) {
    return switch (type) {
      case "Date" -> "2026-11-0" + variant;
      case "DateTime" -> "2026-11-01 1" + variant + ":00:00";
      case "Float64" -> 0.5 + variant;
      case "Int32" -> -variant;
      case "String" -> text;
      case "Array(String)" -> List.of(text, "例" + variant);
      default -> {
        if (type.startsWith("UInt")) {
          yield variant;
        }
        throw new IllegalStateException("no sample for type " + type);
      }
    };
  }

  private static String json(Map<String, Object> row) throws Exception {
    return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(row);
  }
}
