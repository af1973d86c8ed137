package io.kefu.core.metrics.hot;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.TreeMap;

/**
 * The recent window counts of one topic (an intent, a FAQ cluster or a phrase): the state a
 * streaming job keeps per topic, and what the batch scoring runs per topic. Windows the topic had
 * no session in count 0; windows before the history start (when the stream or the data began) do
 * not exist. Windows must be observed in time order. Not thread-safe.
 */
public final class TopicHistory implements Serializable {

  private final TreeMap<Instant, Long> counts = new TreeMap<>();

  /**
   * Scores the topic's count in a window against the windows before it, then remembers it.
   *
   * @param historyStart the start of the first window of the run; earlier windows are not counted
   *     as zeros but as missing
   */
  public Spike observe(Instant windowStart, long count, Instant historyStart, SpikeScorer scorer) {
    SpikeSettings settings = scorer.settings();
    int n = settings.baselineWindows();
    long[] previous = new long[n];
    int known = 0;
    for (int i = 1; i <= n; i++) {
      Instant before = settings.windowsBefore(windowStart, i);
      if (before.isBefore(historyStart)) {
        break;
      }
      previous[known++] = counts.getOrDefault(before, 0L);
    }
    Spike spike = scorer.score(count, Arrays.copyOf(previous, known));
    counts.put(windowStart, count);
    counts.headMap(settings.windowsBefore(windowStart, n - 1), false).clear();
    return spike;
  }

  /** True when no window is remembered: the caller may clear its state for the topic. */
  public boolean isEmpty() {
    return counts.isEmpty();
  }

  /** The last window remembered, for state expiry; null when none. */
  public Instant lastWindow() {
    return counts.isEmpty() ? null : counts.lastKey();
  }
}
