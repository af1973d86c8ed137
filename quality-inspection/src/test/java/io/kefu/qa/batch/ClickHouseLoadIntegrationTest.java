package io.kefu.qa.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.clickhouse.ClickHouseGateway;
import io.kefu.spark.SparkSessions;
import io.kefu.testing.LocalStack;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Loading inspect output into the real ClickHouse of the local stack, Spark local. */
class ClickHouseLoadIntegrationTest {

  private static final Instant RUN = Instant.parse("2026-11-02T02:00:00.123Z");
  private static SparkSession spark;
  private static ClickHouseGateway gateway;

  @BeforeAll
  static void start() {
    spark = SparkSessions.create("kefu-qa-load-test", "local[2]", 2);
    gateway = LocalStack.scratchClickHouse();
  }

  @AfterAll
  static void stop() {
    LocalStack.drop(gateway);
    spark.stop();
  }

  private static Dataset<Row> inspections(int score) {
    return spark.createDataFrame(
        List.of(
            RowFactory.create(
                "s-1",
                LocalDate.of(2026, 11, 1),
                null,
                "wechat",
                score,
                1,
                true,
                true,
                "abcdef012345",
                "lexicon",
                RUN)),
        QaSchemas.INSPECTION);
  }

  private static Dataset<Row> violations() {
    return spark.createDataFrame(
        List.of(
            RowFactory.create(
                "s-1",
                LocalDate.of(2026, 11, 1),
                "off_platform_steering",
                "critical",
                30,
                3,
                "加我[微信]",
                "客服引导客户私下联系")),
        QaSchemas.VIOLATION);
  }

  @Test
  void bothTablesGetEveryColumnAndALaterRunReplacesTheEarlierUnderFinal() {
    new ClickHouseLoad(gateway.settings()).load(inspections(40), violations(), RUN);
    new ClickHouseLoad(gateway.settings()).load(inspections(0), violations(), RUN.plusSeconds(60));

    List<Map<String, Object>> rows =
        gateway.query(
            "SELECT day, agent_id, score, critical, review_queued, rule_set_version,"
                + " toUInt32(inspected_at) AS at FROM "
                + gateway.qualify("qa_inspections")
                + " FINAL");
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0))
        .containsEntry("day", "2026-11-01")
        .containsEntry("agent_id", "")
        .containsEntry("score", 0)
        .containsEntry("critical", 1)
        .containsEntry("review_queued", 1)
        .containsEntry("rule_set_version", "abcdef012345")
        .containsEntry("at", (int) RUN.plusSeconds(60).getEpochSecond());
    List<Map<String, Object>> violation =
        gateway.query(
            "SELECT rule_id, severity, weight, message_index, evidence, explanation FROM "
                + gateway.qualify("qa_violations")
                + " FINAL");
    assertThat(violation)
        .containsExactly(
            Map.of(
                "rule_id", "off_platform_steering",
                "severity", "critical",
                "weight", 30,
                "message_index", 3,
                "evidence", "加我[微信]",
                "explanation", "客服引导客户私下联系"));
  }

  @Test
  void aTableOfAnOlderLayoutGetsTheColumnsItLacksAndTakesTheLoad() {
    ClickHouseGateway old = LocalStack.scratchClickHouse();
    try {
      old.execute("DROP TABLE " + old.qualify("qa_violations"));
      old.execute(
          "CREATE TABLE "
              + old.qualify("qa_violations")
              + " (day Date, session_id String, rule_id String, severity String,"
              + " message_index Int32, evidence String, inspected_at DateTime, version UInt64)"
              + " ENGINE = ReplacingMergeTree(version) PARTITION BY toYYYYMM(day)"
              + " ORDER BY (session_id, rule_id, message_index)");

      new ClickHouseLoad(old.settings()).load(inspections(40), violations(), RUN);

      assertThat(
              old.query(
                  "SELECT rule_id, weight, explanation FROM "
                      + old.qualify("qa_violations")
                      + " FINAL"))
          .containsExactly(
              Map.of(
                  "rule_id", "off_platform_steering",
                  "weight", 30,
                  "explanation", "客服引导客户私下联系"));
    } finally {
      LocalStack.drop(old);
    }
  }
}
