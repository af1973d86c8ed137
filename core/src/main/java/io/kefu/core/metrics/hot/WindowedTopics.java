package io.kefu.core.metrics.hot;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Sessions per topic of one kind (primary intent, FAQ cluster) counted into 10-minute windows and
 * scored window by window, in time order, once a window is complete: the state a streaming job
 * keeps per topic kind, and what {@link HotScoring} runs over a batch, so both engines rank the
 * same rows. A window is complete when the caller says so ({@link #closeBefore}); a session added
 * to a window already scored is late and only counted ({@link #lateSessions}). Not thread-safe.
 */
public final class WindowedTopics implements Serializable {

  private final String kind;
  private final SpikeSettings settings;
  private final TreeMap<Instant, Map<String, Long>> open = new TreeMap<>();
  private final Map<String, TopicHistory> histories = new HashMap<>();
  private Instant historyStart;
  private Instant scoredThrough;
  private long lateSessions;

  public WindowedTopics(String kind, SpikeSettings settings) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * Counts one session of {@code topic} in the window of {@code at}.
   *
   * @return false when that window was already scored (the session is late, counted only)
   */
  public boolean add(Instant at, String topic) {
    return add(at, topic, 1);
  }

  /** Counts {@code sessions} sessions of {@code topic} in the window of {@code at}; see above. */
  public boolean add(Instant at, String topic, long sessions) {
    Instant window = settings.windowStart(at);
    if (scoredThrough != null && !window.isAfter(scoredThrough)) {
      lateSessions += sessions;
      return false;
    }
    if (historyStart == null || window.isBefore(historyStart)) {
      historyStart = window;
    }
    open.computeIfAbsent(window, w -> new HashMap<>()).merge(topic, sessions, Long::sum);
    return true;
  }

  /**
   * Scores and ranks every window that starts before {@code cutoff}, oldest first; those windows
   * are then closed. A batch passes {@link Instant#MAX}.
   */
  public List<HotTopicRow> closeBefore(Instant cutoff) {
    List<HotTopicRow> rows = new ArrayList<>();
    NavigableMap<Instant, Map<String, Long>> due = open.headMap(cutoff, false);
    SpikeScorer scorer = new SpikeScorer(settings);
    for (Map.Entry<Instant, Map<String, Long>> window : due.entrySet()) {
      List<HotTopicRow> ofWindow = new ArrayList<>();
      window
          .getValue()
          .forEach(
              (topic, count) -> {
                TopicHistory history = histories.computeIfAbsent(topic, t -> new TopicHistory());
                Spike spike = history.observe(window.getKey(), count, historyStart, scorer);
                ofWindow.add(HotTopicRow.scored(window.getKey(), kind, topic, count, spike));
              });
      rows.addAll(HotTopicRanking.rankTopics(ofWindow, Integer.MAX_VALUE));
      scoredThrough = window.getKey();
    }
    due.clear();
    if (scoredThrough != null) {
      Instant horizon = settings.windowsBefore(scoredThrough, settings.baselineWindows());
      histories.values().removeIf(h -> h.lastWindow() == null || h.lastWindow().isBefore(horizon));
    }
    return rows;
  }

  /** The start of the earliest window still open, for a timer; null when none. */
  public Instant earliestOpenWindow() {
    return open.isEmpty() ? null : open.firstKey();
  }

  public long lateSessions() {
    return lateSessions;
  }
}
