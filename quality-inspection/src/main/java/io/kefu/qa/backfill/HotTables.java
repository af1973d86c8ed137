package io.kefu.qa.backfill;

import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import io.kefu.core.metrics.SessionFacts;
import io.kefu.core.metrics.hot.CustomerMessage;
import io.kefu.core.metrics.hot.HotPhraseRow;
import io.kefu.core.metrics.hot.HotTopicRow;
import io.kefu.core.metrics.hot.PhraseExtractor;
import io.kefu.core.metrics.hot.SpikeSettings;
import io.kefu.core.metrics.hot.WindowedPhrases;
import io.kefu.core.metrics.hot.WindowedTopics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * Hot topics and emerging phrases of a backfill, CONTRACT §3, with the state the streaming job
 * keeps (core's {@link WindowedTopics} per topic kind, {@link WindowedPhrases}), fed the whole
 * history and closed once: history is complete, so every window is. Sessions per (kind, topic,
 * window) are counted by Spark; the scoring, which needs each topic's windows in time order, runs
 * on the driver over those counts and over the customer messages.
 */
final class HotTables {

  /** One row per session and topic it counts under, before Spark counts them. */
  static final StructType MENTION =
      new StructType()
          .add("kind", StringType, false)
          .add("topic", StringType, false)
          .add("window_start", LongType, false);

  private static final SpikeSettings SETTINGS = SpikeSettings.DEFAULT;

  private HotTables() {}

  /**
   * The topics a session counts under in the window of its start, as the stream adds them: its
   * primary intent, and its FAQ cluster when it has one.
   */
  static List<Row> mentions(SessionFacts facts, String faqCluster) {
    long window = SETTINGS.windowStart(facts.start().toInstant()).toEpochMilli();
    List<Row> rows = new ArrayList<>(2);
    rows.add(RowFactory.create(HotTopicRow.INTENT, facts.primaryIntent().id(), window));
    if (!faqCluster.isEmpty()) {
      rows.add(RowFactory.create(HotTopicRow.FAQ_CLUSTER, faqCluster, window));
    }
    return rows;
  }

  /**
   * Scores and ranks every window of every topic kind.
   *
   * @param counts rows of {@link #MENTION} with a {@code count} column after them: sessions of the
   *     topic in the window
   */
  static List<HotTopicRow> topics(Iterator<Row> counts) {
    Map<String, WindowedTopics> kinds = new LinkedHashMap<>();
    kinds.put(HotTopicRow.INTENT, new WindowedTopics(HotTopicRow.INTENT, SETTINGS));
    kinds.put(HotTopicRow.FAQ_CLUSTER, new WindowedTopics(HotTopicRow.FAQ_CLUSTER, SETTINGS));
    while (counts.hasNext()) {
      Row r = counts.next();
      kinds
          .get(r.getString(0))
          .add(Instant.ofEpochMilli(r.getLong(2)), r.getString(1), r.getLong(3));
    }
    List<HotTopicRow> rows = new ArrayList<>();
    kinds.values().forEach(k -> rows.addAll(k.closeBefore(Instant.MAX)));
    return rows;
  }

  /** The top phrases of every window of the customer messages (any order). */
  static List<HotPhraseRow> phrases(Iterator<CustomerMessage> messages) {
    WindowedPhrases phrases = new WindowedPhrases(SETTINGS, new PhraseExtractor());
    messages.forEachRemaining(phrases::add);
    return phrases.closeBefore(Instant.MAX);
  }
}
