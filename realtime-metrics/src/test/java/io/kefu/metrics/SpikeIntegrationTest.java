package io.kefu.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.clickhouse.ClickHouseGateway;
import io.kefu.clickhouse.KefuSchema;
import io.kefu.testing.LocalStack;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code generate --spike} through Kafka and the stream: the burst's intent is flagged in {@code
 * hot_topics} within two windows of its start, and no other intent is flagged anywhere in the day.
 * The day holds 3,000 sessions, so the intent's usual 4 sessions per 10-minute window become about
 * 20: a burst the scorer can tell from noise (see SpikeScorer for what it cannot).
 */
class SpikeIntegrationTest {

  private static final String INTENT = "logistics_query";
  private static final String SPIKE_AT = "2026-11-02T14:00:00+08:00";

  @TempDir static Path dir;
  private static ClickHouseGateway db;

  @BeforeAll
  static void replayAndStream() throws Exception {
    Path data =
        StreamFixtures.generate(
            dir.resolve("spike"),
            3_000,
            1,
            "--start",
            "2026-11-02",
            "--corrupt-rate",
            "0",
            "--spike",
            INTENT + "@" + SPIKE_AT + "×5");
    db =
        StreamFixtures.streamBounded(
            data, StreamFixtures.smallRegistry(), dir.resolve("checkpoints"));
  }

  @AfterAll
  static void drop() {
    if (db != null) {
      LocalStack.drop(db);
    }
  }

  @Test
  void theBurstIsFlaggedWithinTwoWindowsAndNoStableIntentIsFlagged() {
    long at = OffsetDateTime.parse(SPIKE_AT).toEpochSecond();
    List<Map<String, Object>> flagged =
        db.query(
            "SELECT toUnixTimestamp(window_start) AS w, topic, sessions, baseline, spike_score FROM "
                + db.qualify(KefuSchema.HOT_TOPICS)
                + " FINAL WHERE topic_kind = 'intent' AND spike = 1 ORDER BY w, topic");
    System.out.println("flagged intent windows: " + flagged);
    System.out.println(
        INTENT
            + " around the burst: "
            + db.query(
                "SELECT toString(window_start) AS w, sessions, baseline, spike_score, spike FROM "
                    + db.qualify(KefuSchema.HOT_TOPICS)
                    + " FINAL WHERE topic_kind = 'intent' AND topic = '"
                    + INTENT
                    + "' AND toUnixTimestamp(window_start) BETWEEN "
                    + (at - 1800)
                    + " AND "
                    + (at + 3600)
                    + " ORDER BY w"));

    assertThat(flagged)
        .as("the burst's intent, flagged in the window of its start or the next")
        .anySatisfy(
            row -> {
              assertThat(row.get("topic")).isEqualTo(INTENT);
              assertThat(((Number) row.get("w")).longValue()).isBetween(at, at + 600);
            });
    assertThat(flagged)
        .as("no other intent is flagged: they are stable all day")
        .allSatisfy(row -> assertThat(row.get("topic")).isEqualTo(INTENT));
  }
}
