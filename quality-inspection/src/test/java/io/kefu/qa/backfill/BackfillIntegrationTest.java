package io.kefu.qa.backfill;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefu.clickhouse.ClickHouseGateway;
import io.kefu.clickhouse.KefuSchema;
import io.kefu.core.event.ChatEvent;
import io.kefu.core.event.EventTimestamps;
import io.kefu.core.metrics.SessionDigest;
import io.kefu.core.metrics.SessionFacts;
import io.kefu.core.metrics.csat.CsatDaily;
import io.kefu.core.metrics.csat.CsatDailyRow;
import io.kefu.core.metrics.fcr.FcrCalculator;
import io.kefu.core.metrics.fcr.FcrDailyRow;
import io.kefu.core.metrics.fcr.RecontactWindow;
import io.kefu.core.model.Prediction;
import io.kefu.core.taxonomy.Intent;
import io.kefu.core.text.TextPreparation;
import io.kefu.registry.ModelRegistry;
import io.kefu.spark.SparkSessions;
import io.kefu.spark.schema.EventColumns;
import io.kefu.testing.LocalStack;
import io.kefu.train.predict.ClassifierPredictor;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code ./kefu backfill} on a hand-written ingest-like output (its {@code messages/} as the ingest
 * job writes it: event columns, text normalised and masked, partitioned by day) with tiny
 * registered production models, Spark local, into a scratch ClickHouse database: {@code fcr_daily}
 * and {@code csat_daily} read with FINAL are what core computes directly, every ended session is
 * inspected, and a second run replaces the first's rows.
 */
class BackfillIntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static ClickHouseGateway clickHouse;
  private static ModelRegistry registry;
  private static Path data;
  private static JsonNode first;

  @BeforeAll
  static void backfill(@TempDir Path dir) throws Exception {
    clickHouse = LocalStack.scratchClickHouse();
    registry = TinyModels.registry(dir.resolve("models"));
    data = dir.resolve("ingested");
    writeIngestOutput(History.events(), data);
    first = runBackfill();
  }

  @AfterAll
  static void dropDatabase() {
    if (clickHouse != null) {
      LocalStack.drop(clickHouse);
    }
  }

  @Test
  void fcrDailyIsCoresFcrWithEveryIssueFinal() {
    Set<String> expected = new TreeSet<>();
    for (FcrDailyRow r : FcrCalculator.dailyRows(facts(), RecontactWindow.DEFAULT, Instant.MAX)) {
      expected.add(
          key(r.day(), r.intent(), r.channel().wireName(), r.agentId())
              + r.issues()
              + "|"
              + r.resolvedFirstContact()
              + "|"
              + (r.isFinal() ? 1 : 0));
    }

    Set<String> actual =
        rows(
            "SELECT toString(day) AS d, intent, channel, agent_id, issues,"
                + " resolved_first_contact, final FROM "
                + clickHouse.qualify(KefuSchema.FCR_DAILY)
                + " FINAL");

    assertThat(actual).isEqualTo(expected);
    assertThat(expected).allMatch(r -> r.endsWith("|1"));
    assertThat(first.at("/rows/fcr_daily").asLong()).isEqualTo(expected.size());
  }

  @Test
  void csatDailyIsCoresCsat() {
    Set<String> expected = new TreeSet<>();
    for (CsatDailyRow r : CsatDaily.aggregate(facts())) {
      expected.add(
          key(r.day(), r.intent(), r.channel().wireName(), r.agentId())
              + r.rated()
              + "|"
              + r.satisfied()
              + "|"
              + r.ratingSum()
              + "|"
              + r.ended());
    }

    Set<String> actual =
        rows(
            "SELECT toString(day) AS d, intent, channel, agent_id, rated, satisfied,"
                + " rating_sum, ended FROM "
                + clickHouse.qualify(KefuSchema.CSAT_DAILY)
                + " FINAL");

    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void everyEndedSessionIsInspected() {
    long ended = facts().stream().filter(SessionFacts::ended).count();

    assertThat(ended).isEqualTo(6);
    assertThat(
            clickHouse.queryLong(
                "SELECT sum(ended) FROM "
                    + clickHouse.qualify(KefuSchema.QA_COVERAGE_DAILY)
                    + " FINAL"))
        .isEqualTo(ended);
    assertThat(
            clickHouse.queryLong(
                "SELECT sum(inspected) FROM "
                    + clickHouse.qualify(KefuSchema.QA_COVERAGE_DAILY)
                    + " FINAL"))
        .isEqualTo(ended);
    assertThat(
            clickHouse.queryLong(
                "SELECT count() FROM "
                    + clickHouse.qualify(KefuSchema.SESSIONS)
                    + " FINAL WHERE end_reason != '' AND session_id NOT IN (SELECT session_id FROM "
                    + clickHouse.qualify(KefuSchema.QA_INSPECTIONS)
                    + " FINAL)"))
        .isZero();
    assertThat(count(KefuSchema.QA_INSPECTIONS)).isEqualTo(7);
    assertThat(count(KefuSchema.SESSIONS)).isEqualTo(7);
  }

  @Test
  void theMaskedPhoneAnAgentSentIsStillALeak() {
    assertThat(
            clickHouse.queryLong(
                "SELECT count() FROM "
                    + clickHouse.qualify(KefuSchema.QA_VIOLATIONS)
                    + " FINAL WHERE session_id = 's4' AND rule_id = 'agent_pii_leak'"))
        .isEqualTo(1);
  }

  @Test
  void theLastLineCountsTheRowsOfEveryTable() {
    List<String> tables = new ArrayList<>();
    first.get("rows").fieldNames().forEachRemaining(tables::add);

    assertThat(tables)
        .containsExactlyInAnyOrder(
            KefuSchema.SESSIONS,
            KefuSchema.FCR_DAILY,
            KefuSchema.CSAT_DAILY,
            KefuSchema.AGENT_TIMING_DAILY,
            KefuSchema.QA_COVERAGE_DAILY,
            KefuSchema.HOT_TOPICS,
            KefuSchema.HOT_PHRASES,
            KefuSchema.QA_INSPECTIONS,
            KefuSchema.QA_VIOLATIONS);
    assertThat(first.at("/rows/sessions").asLong()).isEqualTo(7);
    assertThat(first.at("/rows/hot_topics").asLong()).isPositive();
    assertThat(first.at("/rows/agent_timing_daily").asLong()).isPositive();
    assertThat(first.at("/rows/qa_violations").asLong()).isPositive();
    assertThat(first.get("database").asText()).isEqualTo(clickHouse.database());
  }

  @Test
  void aSecondRunReplacesTheFirstUnderFinal() throws Exception {
    Map<String, Long> before = new LinkedHashMap<>();
    for (String table : KefuSchema.TABLES) {
      before.put(table, count(table));
    }

    JsonNode second = runBackfill();

    assertThat(second.get("version").asLong()).isGreaterThan(first.get("version").asLong());
    for (String table : before.keySet()) {
      assertThat(count(table)).as(table).isEqualTo(before.get(table));
    }
    assertThat(
            clickHouse.queryLong(
                "SELECT min(version) FROM " + clickHouse.qualify(KefuSchema.FCR_DAILY) + " FINAL"))
        .isEqualTo(second.get("version").asLong());
  }

  private static JsonNode runBackfill() throws Exception {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new BackfillCommand());
    cli.setOut(new PrintWriter(out));
    int rc =
        cli.execute(
            "--data",
            data.toString(),
            "--registry",
            registry.location(),
            "--clickhouse-database",
            clickHouse.database(),
            "--master",
            "local[2]");
    assertThat(rc).isZero();
    String[] lines = out.toString().strip().split("\n");
    return JSON.readTree(lines[lines.length - 1]);
  }

  /** What core computes for the history directly, intents from the same production model. */
  private static List<SessionFacts> facts() {
    ClassifierPredictor intents = ClassifierPredictor.fromRegistry(registry, "intent", null);
    Map<String, List<ChatEvent>> sessions = new LinkedHashMap<>();
    for (ChatEvent e : History.events()) {
      sessions.computeIfAbsent(e.sessionId(), s -> new ArrayList<>()).add(e);
    }
    List<SessionFacts> facts = new ArrayList<>();
    for (List<ChatEvent> events : sessions.values()) {
      List<Intent> labels = new ArrayList<>();
      for (ChatEvent c : SessionDigest.customerMessages(events)) {
        Prediction p = intents.predict(c.text());
        labels.add(Intent.parse(p.label()));
      }
      facts.add(SessionDigest.of(events, labels).facts());
    }
    return facts;
  }

  private static long count(String table) {
    return clickHouse.queryLong("SELECT count() FROM " + clickHouse.qualify(table) + " FINAL");
  }

  private static String key(Object day, Intent intent, String channel, String agent) {
    return day + "|" + intent.id() + "|" + channel + "|" + agent + "|";
  }

  private static Set<String> rows(String select) {
    Set<String> out = new TreeSet<>();
    for (Map<String, Object> row : clickHouse.query(select)) {
      StringBuilder line = new StringBuilder();
      for (Object value : row.values()) {
        line.append(line.length() == 0 ? "" : "|").append(value);
      }
      out.add(line.toString());
    }
    return out;
  }

  /** {@code messages/} as the ingest job writes it: one row per valid event, masked text. */
  private static void writeIngestOutput(List<ChatEvent> events, Path out) {
    StructType schema =
        EventColumns.appendTo(new StructType(), true)
            .add("source", StringType, false)
            .add("line", LongType, false)
            .add("day", DateType, false);
    List<Row> rows = new ArrayList<>();
    long line = 0;
    for (ChatEvent e : events) {
      String text = e.text() == null ? null : TextPreparation.prepare(e.text());
      rows.add(
          RowFactory.create(
              EventColumns.around(
                  new Object[0],
                  EventColumns.of(e, text),
                  "history.jsonl",
                  ++line,
                  EventTimestamps.businessDay(e.ts()))));
    }
    SparkSession spark = SparkSessions.create("kefu-backfill-test", "local[2]", 4);
    spark
        .createDataFrame(rows, schema)
        .write()
        .partitionBy("day")
        .parquet(out.resolve("messages").toString());
  }
}
