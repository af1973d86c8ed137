package io.kefu.core.metrics.hot;

import java.io.Serializable;
import java.util.Objects;

/**
 * Scores a window's count against the windows before it (CONTRACT §3, hot topics and emerging
 * phrases).
 *
 * <p>The previous windows, less the largest of them once at least 4 are known, form the baseline: b
 * = max(their mean, floor). Score = (count − b) / sqrt(v·(1 + 1/N) + 1), with v = max(b, their
 * variance) and N their number. Why this and not a plain z-score: session counts per topic and
 * window behave like Poisson counts, whose variance is their mean, while the sample standard
 * deviation of 6 windows is often 0 (a z-score then explodes on the first extra session) and very
 * noisy. So the Poisson variance is the noise floor, the observed variance takes over for topics
 * that swing more than Poisson, the factor (1 + 1/N) adds the uncertainty of a baseline estimated
 * from N windows, and the +1 keeps small topics calm. The floor makes 0 → 2 no spike (score 0.7).
 * Leaving out the largest window keeps a burst's first window from hiding its second: with it in,
 * the second window's variance swallowed the burst, so a burst that started late in a window, or
 * only just missed the threshold there, was never flagged. A window is flagged iff its score
 * reaches the threshold and its count reaches the minimum, with at least the minimum history.
 *
 * <p>With the defaults (threshold 5.5, min count 5), simulated stable Poisson topics of 1 to 100
 * sessions per window are flagged by chance in 1.7 of 100,000 windows (the mean of all six windows
 * with threshold 5: 1.5). Bursts flagged within their first two windows (the burst from the
 * window's start / from its middle): 4 sessions per window going ×5, 88 % / 68 % (before: 74 % / 35
 * %); 5 going ×5, 95 % / 79 % (86 % / 42 %); 10 going ×3, 70 % / 44 % (54 % / 22 %); 10 going ×5,
 * nearly always. 2 sessions per window going ×5 is mostly not told from noise. The simulation:
 * {@code docs/simulations/spike_scorer.py}.
 */
public final class SpikeScorer implements Serializable {

  private final SpikeSettings settings;

  public SpikeScorer(SpikeSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  public SpikeSettings settings() {
    return settings;
  }

  /**
   * @param count sessions in the window
   * @param windowsBefore the counts of the windows before it, as many as exist up to N (zero where
   *     the topic had no session); fewer than {@code minHistoryWindows} never flags
   */
  public Spike score(long count, long[] windowsBefore) {
    long[] previous = withoutLargest(windowsBefore);
    int n = previous.length;
    double mean = 0;
    for (long c : previous) {
      mean += c;
    }
    mean = n == 0 ? 0 : mean / n;
    double variance = 0;
    for (long c : previous) {
      variance += (c - mean) * (c - mean);
    }
    variance = n < 2 ? 0 : variance / (n - 1);
    double baseline = Math.max(mean, settings.baselineFloor());
    double spread = Math.max(baseline, variance) * (1 + 1.0 / Math.max(n, 1)) + 1;
    double score = (count - baseline) / Math.sqrt(spread);
    boolean flagged =
        windowsBefore.length >= settings.minHistoryWindows()
            && score >= settings.threshold()
            && count >= settings.minCount();
    return new Spike(baseline, score, flagged);
  }

  // The windows less one of the largest, once there are enough left to estimate a spread from.
  private static long[] withoutLargest(long[] windows) {
    if (windows.length < 4) {
      return windows;
    }
    int largest = 0;
    for (int i = 1; i < windows.length; i++) {
      if (windows[i] > windows[largest]) {
        largest = i;
      }
    }
    long[] rest = new long[windows.length - 1];
    System.arraycopy(windows, 0, rest, 0, largest);
    System.arraycopy(windows, largest + 1, rest, largest, windows.length - largest - 1);
    return rest;
  }
}
