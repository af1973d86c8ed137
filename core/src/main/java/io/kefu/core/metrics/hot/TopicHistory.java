package io.kefu.core.metrics.hot;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;

/**
 * The recent window counts of one topic (an intent, a FAQ cluster or a phrase): the state a
 * streaming job keeps per topic, and what the batch scoring runs per topic. Windows the topic had
 * no session in count 0; windows before the history start (when the stream or the data began) do
 * not exist. Windows must be observed in time order. Not thread-safe.
 */
public final class TopicHistory implements Serializable {

  // The remembered windows, oldest first: at most the baseline's N, so a scan beats a tree (this
  // runs for every phrase of every window).
  private Instant[] starts = new Instant[0];
  private long[] counts = new long[0];
  private int size;

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
      previous[known++] = countAt(before);
    }
    Spike spike = scorer.score(count, Arrays.copyOf(previous, known));
    remember(windowStart, count, settings.windowsBefore(windowStart, n - 1));
    return spike;
  }

  private long countAt(Instant window) {
    for (int i = size - 1; i >= 0; i--) {
      int order = starts[i].compareTo(window);
      if (order == 0) {
        return counts[i];
      }
      if (order < 0) {
        break;
      }
    }
    return 0;
  }

  // Keeps the windows from {@code keepFrom} on, with this one's count.
  private void remember(Instant windowStart, long count, Instant keepFrom) {
    int at = size;
    while (at > 0 && starts[at - 1].isAfter(windowStart)) {
      at--; // observed out of order: kept sorted all the same
    }
    if (at > 0 && starts[at - 1].equals(windowStart)) {
      counts[at - 1] = count;
    } else {
      if (size == starts.length) {
        starts = Arrays.copyOf(starts, Math.max(4, size * 2));
        counts = Arrays.copyOf(counts, starts.length);
      }
      System.arraycopy(starts, at, starts, at + 1, size - at);
      System.arraycopy(counts, at, counts, at + 1, size - at);
      starts[at] = windowStart;
      counts[at] = count;
      size++;
    }
    int drop = 0;
    while (drop < size && starts[drop].isBefore(keepFrom)) {
      drop++;
    }
    if (drop > 0) {
      System.arraycopy(starts, drop, starts, 0, size - drop);
      System.arraycopy(counts, drop, counts, 0, size - drop);
      Arrays.fill(starts, size - drop, size, null);
      size -= drop;
    }
  }

  /** True when no window is remembered: the caller may clear its state for the topic. */
  public boolean isEmpty() {
    return size == 0;
  }

  /** The last window remembered, for state expiry; null when none. */
  public Instant lastWindow() {
    return size == 0 ? null : starts[size - 1];
  }
}
