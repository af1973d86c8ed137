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
 * Emerging phrases (CONTRACT §3): the phrases of customer messages tallied by the sessions using
 * them per 10-minute window (the window of each message), each complete window scored against the
 * phrase's own history and its top {@link SpikeSettings#topK()} kept. The state a streaming job
 * keeps, and what {@link HotScoring} runs over a batch. A message for a window already scored is
 * late and only counted. Not thread-safe.
 */
public final class WindowedPhrases implements Serializable {

  private final SpikeSettings settings;
  private final PhraseExtractor extractor;
  private final TreeMap<Instant, Map<String, PhraseTally>> open = new TreeMap<>();
  private final Map<String, TopicHistory> histories = new HashMap<>();
  private Instant historyStart;
  private Instant scoredThrough;
  private long lateMessages;

  public WindowedPhrases(SpikeSettings settings, PhraseExtractor extractor) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.extractor = Objects.requireNonNull(extractor, "extractor");
  }

  /**
   * Tallies the phrases of one customer message.
   *
   * @return false when its window was already scored (the message is late, counted only)
   */
  public boolean add(CustomerMessage message) {
    Instant window = settings.windowStart(message.ts().toInstant());
    if (scoredThrough != null && !window.isAfter(scoredThrough)) {
      lateMessages++;
      return false;
    }
    if (historyStart == null || window.isBefore(historyStart)) {
      historyStart = window;
    }
    Map<String, PhraseTally> ofWindow = open.computeIfAbsent(window, w -> new HashMap<>());
    for (String phrase : extractor.phrases(message.maskedText())) {
      ofWindow.computeIfAbsent(phrase, p -> new PhraseTally()).add(message);
    }
    return true;
  }

  /** Scores every window that starts before {@code cutoff}, oldest first, and closes them. */
  public List<HotPhraseRow> closeBefore(Instant cutoff) {
    List<HotPhraseRow> rows = new ArrayList<>();
    NavigableMap<Instant, Map<String, PhraseTally>> due = open.headMap(cutoff, false);
    SpikeScorer scorer = new SpikeScorer(settings);
    for (Map.Entry<Instant, Map<String, PhraseTally>> window : due.entrySet()) {
      List<HotPhraseRow> ofWindow = new ArrayList<>();
      window
          .getValue()
          .forEach(
              (phrase, tally) -> {
                TopicHistory history = histories.computeIfAbsent(phrase, p -> new TopicHistory());
                Spike spike =
                    history.observe(window.getKey(), tally.sessions(), historyStart, scorer);
                ofWindow.add(
                    new HotPhraseRow(
                        window.getKey(),
                        phrase,
                        tally.sessions(),
                        spike.baseline(),
                        spike.score(),
                        spike.flagged(),
                        0,
                        tally.examples()));
              });
      rows.addAll(HotTopicRanking.rankPhrases(ofWindow, settings.topK()));
      scoredThrough = window.getKey();
      // A phrase unused for N windows has an all-zero baseline again: its history can go.
      Instant horizon = settings.windowsBefore(scoredThrough, settings.baselineWindows());
      histories.values().removeIf(h -> h.lastWindow() == null || !h.lastWindow().isAfter(horizon));
    }
    due.clear();
    return rows;
  }

  /** The start of the earliest window still open, for a timer; null when none. */
  public Instant earliestOpenWindow() {
    return open.isEmpty() ? null : open.firstKey();
  }

  public long lateMessages() {
    return lateMessages;
  }
}
