package io.kefu.core.metrics.hot;

import io.kefu.core.event.EventTimestamps;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of {@code hot_topics} (CONTRACT §3, §4): a topic's sessions in a window with its
 * baseline, spike score and flag, and its rank in the window (1 = hottest).
 *
 * @param topicKind what the topic is, e.g. {@link #INTENT} or {@link #FAQ_CLUSTER}
 * @param rank 0 until ranked by {@link HotTopicRanking}
 */
public record HotTopicRow(
    Instant windowStart,
    String topicKind,
    String topic,
    long sessions,
    double baseline,
    double spikeScore,
    boolean spike,
    int rank)
    implements Serializable {

  public static final String INTENT = "intent";
  public static final String FAQ_CLUSTER = "faq_cluster";

  /** An unranked row. */
  public static HotTopicRow scored(
      Instant windowStart, String kind, String topic, long sessions, Spike spike) {
    return new HotTopicRow(
        windowStart, kind, topic, sessions, spike.baseline(), spike.score(), spike.flagged(), 0);
  }

  /** The Asia/Shanghai day of the window. */
  public LocalDate day() {
    return EventTimestamps.businessDay(windowStart);
  }

  public HotTopicRow withRank(int newRank) {
    return new HotTopicRow(
        windowStart, topicKind, topic, sessions, baseline, spikeScore, spike, newRank);
  }
}
