package io.kefu.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.clickhouse.ClickHouseGateway;
import io.kefu.clickhouse.KefuSchema;
import io.kefu.samples.truth.TruthContact;
import io.kefu.samples.truth.TruthMetrics;
import io.kefu.testing.LocalStack;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chat logs we did not write (test resource {@code contract-chat/}: written from CONTRACT §2 and §3
 * alone, with its own expected figures) replayed through the stream: CSAT per day and channel, the
 * sessions as the stream assembled them, dead letters and QA coverage must equal the figures
 * exactly. FCR depends on the intent model (a small one trained on our generator's chat here), so
 * it is checked in two parts: {@code fcr_daily} must equal an independent implementation of §3 (the
 * generator's oracle) run over the stream's own sessions and primary intents, and the difference
 * from the figures with the intents the chat was written for is reported.
 */
class ContractChatIntegrationTest {

  private static final String RESOURCE = "/contract-chat/";

  @TempDir static Path dir;
  private static ClickHouseGateway db;

  @BeforeAll
  static void replayAndStream() throws Exception {
    Path raw = Files.createDirectories(dir.resolve("chat/raw"));
    for (String file : List.of("events-1.jsonl", "events-2.jsonl")) {
      try (InputStream in = new GZIPInputStream(resource("raw/" + file + ".gz"))) {
        Files.copy(in, raw.resolve(file));
      }
    }
    db =
        StreamFixtures.streamBounded(
            raw, StreamFixtures.smallRegistry(), dir.resolve("checkpoints"));
  }

  @AfterAll
  static void drop() {
    if (db != null) {
      LocalStack.drop(db);
    }
  }

  @Test
  void csatPerDayAndChannelEqualsTheFiguresWrittenFromTheContract() throws Exception {
    assertThat(
            rows(
                "SELECT toString(day) AS k, sum(rated) AS a, sum(satisfied) AS b,"
                    + " sum(rating_sum) AS c, sum(ended) AS d FROM csat_daily FINAL GROUP BY k"))
        .isEqualTo(expected("csat_daily.csv", 1));
    Map<String, List<Long>> byChannel = expected("csat_daily_by_channel.csv", 2);
    byChannel.values().removeIf(v -> v.stream().allMatch(x -> x == 0));
    assertThat(
            rows(
                "SELECT concat(toString(day), ',', channel) AS k, sum(rated) AS a,"
                    + " sum(satisfied) AS b, sum(rating_sum) AS c, sum(ended) AS d"
                    + " FROM csat_daily FINAL GROUP BY k"))
        .isEqualTo(byChannel);
  }

  @Test
  void sessionsDeadLettersAndCoverageEqualTheFigures() throws Exception {
    Map<String, List<String>> expected = new TreeMap<>();
    for (String[] row : csv("sessions.csv")) {
      // session_id → start day, channel, end_reason ("" when not ended), first rating ("" none)
      expected.put(row[0], List.of(row[3], row[4], row[6], row[7]));
    }
    Map<String, List<String>> actual = new TreeMap<>();
    for (Map<String, Object> r :
        db.query(
            "SELECT session_id, toString(day) AS d, channel, end_reason, rating FROM "
                + db.qualify(KefuSchema.SESSIONS)
                + " FINAL")) {
      long rating = ((Number) r.get("rating")).longValue();
      actual.put(
          (String) r.get("session_id"),
          List.of(
              (String) r.get("d"),
              (String) r.get("channel"),
              (String) r.get("end_reason"),
              rating == 0 ? "" : String.valueOf(rating)));
    }
    assertThat(actual).isEqualTo(expected);

    long invalid = summary("invalid_lines");
    assertThat(
            db.queryLong("SELECT count() FROM " + db.qualify(KefuSchema.DEAD_LETTERS) + " FINAL"))
        .isEqualTo(invalid);
    assertThat(db.queryLong("SELECT count() FROM " + db.qualify(KefuSchema.MESSAGES) + " FINAL"))
        .isEqualTo(summary("valid_distinct_events"));
    // Each customer message names the model versions that read it; other events name none.
    assertThat(
            db.query(
                "SELECT role, intent_model AS i, sentiment_model AS s, count() AS n FROM "
                    + db.qualify(KefuSchema.MESSAGES)
                    + " FINAL WHERE type = 'message' GROUP BY role, i, s ORDER BY role"))
        .extracting(r -> r.get("role") + " " + r.get("i") + " " + r.get("s"))
        .containsExactly("agent  ", "bot  ", "customer intent:1 sentiment:1");
    long ended = expected.values().stream().filter(v -> !v.get(2).isEmpty()).count();
    assertThat(
            db.queryLong(
                "SELECT sum(ended) FROM " + db.qualify(KefuSchema.QA_COVERAGE_DAILY) + " FINAL"))
        .isEqualTo(ended);
    assertThat(
            db.queryLong(
                "SELECT sum(inspected) FROM "
                    + db.qualify(KefuSchema.QA_COVERAGE_DAILY)
                    + " FINAL"))
        .isEqualTo(ended);
  }

  @Test
  void fcrEqualsTheContractOverTheStreamsIntentsAndIsReportedAgainstTheWrittenIntents()
      throws Exception {
    List<TruthContact> asStreamed = new ArrayList<>();
    for (Map<String, Object> r :
        db.query(
            "SELECT session_id, customer_id, intent, channel, agent_id,"
                + " toUnixTimestamp(start_ts) AS s, toUnixTimestamp(end_ts) AS e, end_reason FROM "
                + db.qualify(KefuSchema.SESSIONS)
                + " FINAL")) {
      String endReason = (String) r.get("end_reason");
      asStreamed.add(
          new TruthContact(
              (String) r.get("session_id"),
              (String) r.get("customer_id"),
              (String) r.get("intent"),
              (String) r.get("channel"),
              (String) r.get("agent_id"),
              at(r.get("s")),
              endReason.isEmpty() ? null : at(r.get("e")),
              endReason.isEmpty() ? null : endReason,
              List.of()));
    }
    Map<String, List<Long>> oracle = new TreeMap<>();
    TruthMetrics.of(asStreamed, TruthMetrics.DEFAULT_WINDOW)
        .fcrByDay()
        .forEach(
            (LocalDate day, TruthMetrics.Fcr f) ->
                oracle.put(day.toString(), List.of(f.issues(), f.resolvedFirstContact(), 1L)));
    Map<String, List<Long>> streamed =
        rows(
            "SELECT toString(day) AS k, sum(issues) AS a, sum(resolved_first_contact) AS b,"
                + " min(final) AS c FROM fcr_daily FINAL GROUP BY k");
    assertThat(streamed).isEqualTo(oracle);

    Map<String, List<Long>> written = expected("fcr_daily.csv", 1);
    long wrongIntents = 0;
    Map<String, String> writtenIntent = new HashMap<>();
    for (String[] row : csv("sessions.csv")) {
      writtenIntent.put(row[0], row[2]);
    }
    for (TruthContact c : asStreamed) {
      wrongIntents += c.intent().equals(writtenIntent.get(c.sessionId())) ? 0 : 1;
    }
    System.out.printf(
        "contract chat: primary intent differs from the written one in %d of %d sessions%n",
        wrongIntents, asStreamed.size());
    written.forEach(
        (day, f) ->
            System.out.printf(
                "contract chat fcr_daily %s: stream %s; written intents %d issues, %d resolved%n",
                day, streamed.get(day), f.get(0), f.get(1)));
    assertThat(streamed.keySet()).isEqualTo(written.keySet());
  }

  private static OffsetDateTime at(Object epochSeconds) {
    return Instant.ofEpochSecond(((Number) epochSeconds).longValue()).atOffset(ZoneOffset.UTC);
  }

  /** key → the numbers of a query's columns a, b, c, d (as many as it has). */
  private static Map<String, List<Long>> rows(String select) {
    Map<String, List<Long>> out = new TreeMap<>();
    String qualified = select;
    for (String table : List.of("csat_daily", "fcr_daily")) {
      qualified = qualified.replace(" FROM " + table + " ", " FROM " + db.qualify(table) + " ");
    }
    for (Map<String, Object> r : db.query(qualified)) {
      List<Long> values = new ArrayList<>();
      for (String c : List.of("a", "b", "c", "d")) {
        if (r.containsKey(c)) {
          values.add(((Number) r.get(c)).longValue());
        }
      }
      out.put((String) r.get("k"), values);
    }
    return out;
  }

  /** An expected CSV as key (its first {@code keyColumns} cells joined by ',') → the numbers. */
  private static Map<String, List<Long>> expected(String file, int keyColumns) throws IOException {
    Map<String, List<Long>> out = new TreeMap<>();
    for (String[] row : csv(file)) {
      List<Long> values = new ArrayList<>();
      for (int i = keyColumns; i < row.length; i++) {
        values.add(Long.parseLong(row[i]));
      }
      out.put(String.join(",", List.of(row).subList(0, keyColumns)), values);
    }
    return out;
  }

  // The expected files are plain CSV without quoted cells; the header is skipped.
  private static List<String[]> csv(String file) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(resource("expected/" + file), StandardCharsets.UTF_8))) {
      in.readLine();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) {
          rows.add(line.split(",", -1));
        }
      }
    }
    return rows;
  }

  private static long summary(String field) throws IOException {
    try (InputStream in = resource("expected/summary.json")) {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(in).get(field).asLong();
    }
  }

  private static InputStream resource(String path) {
    InputStream in = ContractChatIntegrationTest.class.getResourceAsStream(RESOURCE + path);
    if (in == null) {
      throw new IllegalStateException("test resource missing: " + RESOURCE + path);
    }
    return in;
  }
}
