package io.kefu.qa.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.core.event.Channel;
import io.kefu.core.event.EndReason;
import io.kefu.core.metrics.SessionFacts;
import io.kefu.core.metrics.hot.CustomerMessage;
import io.kefu.core.metrics.hot.HotScoring;
import io.kefu.core.metrics.hot.HotTopicRow;
import io.kefu.core.metrics.hot.PhraseExtractor;
import io.kefu.core.metrics.hot.SpikeSettings;
import io.kefu.core.taxonomy.Intent;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

/** The backfill's hot tables (Spark counts, driver scoring) against core's batch scoring. */
class HotTablesTest {

  private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-03-01T09:00:00+08:00");
  private static final Intent[] INTENTS = {Intent.RETURN_REFUND, Intent.INVOICE, Intent.COUPON};

  /** Three hours of sessions, a burst of refunds in one window of the last hour. */
  private static List<SessionFacts> sessions() {
    Random random = new Random(9);
    List<SessionFacts> out = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      boolean burst = i >= 240;
      int minute = burst ? 150 + random.nextInt(10) : random.nextInt(180);
      Intent intent = burst ? Intent.RETURN_REFUND : INTENTS[i % 3];
      OffsetDateTime start = T0.plusMinutes(minute).plusSeconds(random.nextInt(60));
      out.add(
          new SessionFacts(
              "s" + i,
              "c" + i,
              intent,
              Channel.APP,
              "a1",
              start,
              start.plusMinutes(3),
              EndReason.RESOLVED,
              null));
    }
    return out;
  }

  @Test
  void topicsScoredFromSparksCountsAreCoresTopics() {
    Map<List<Object>, Long> counts = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
    for (SessionFacts s : sessions()) {
      for (Row mention : HotTables.mentions(s, "")) {
        counts.merge(List.of(mention.get(0), mention.get(1), mention.get(2)), 1L, Long::sum);
      }
    }
    List<Row> rows = new ArrayList<>();
    counts.forEach((k, n) -> rows.add(RowFactory.create(k.get(0), k.get(1), k.get(2), n)));
    Collections.shuffle(rows, new Random(2));

    List<HotTopicRow> expected =
        HotScoring.scoreTopics(
            HotTopicRow.INTENT,
            HotScoring.sessionsPerIntent(sessions(), SpikeSettings.DEFAULT),
            SpikeSettings.DEFAULT);
    assertThat(HotTables.topics(rows.iterator())).isEqualTo(expected);
    assertThat(expected).anyMatch(HotTopicRow::spike);
  }

  @Test
  void aSessionCountsUnderItsFaqClusterOnlyWhenItHasOne() {
    SessionFacts s = sessions().get(0);
    long window = SpikeSettings.DEFAULT.windowStart(s.start().toInstant()).toEpochMilli();

    assertThat(HotTables.mentions(s, "")).hasSize(1);
    assertThat(HotTables.mentions(s, "3"))
        .containsExactly(
            RowFactory.create(HotTopicRow.INTENT, s.primaryIntent().id(), window),
            RowFactory.create(HotTopicRow.FAQ_CLUSTER, "3", window));
  }

  @Test
  void phrasesInAnyOrderAreCoresPhrases() {
    List<CustomerMessage> messages = new ArrayList<>();
    int i = 0;
    for (SessionFacts s : sessions()) {
      String text =
          s.primaryIntent() == Intent.RETURN_REFUND && i++ % 2 == 0 ? "退款一直没到账怎么回事" : "请问优惠券怎么用";
      messages.add(new CustomerMessage(s.sessionId(), s.start(), text));
    }
    List<CustomerMessage> shuffled = new ArrayList<>(messages);
    Collections.shuffle(shuffled, new Random(4));

    assertThat(HotTables.phrases(shuffled.iterator()))
        .isEqualTo(HotScoring.scorePhrases(messages, new PhraseExtractor(), SpikeSettings.DEFAULT))
        .isNotEmpty();
  }
}
