package io.kefu.core.metrics.hot;

import java.io.Serializable;
import java.util.Objects;

/**
 * Scores a window's count against the windows before it (CONTRACT §3, hot topics and emerging
 * phrases).
 *
 * <p>Baseline b = max(mean of the previous windows, floor). Score = (count − b) / sqrt(v·(1 + 1/N)
 * + 1), with v = max(b, variance of the previous windows) and N their number. Why this and not a
 * plain z-score: session counts per topic and window behave like Poisson counts, whose variance is
 * their mean, while the sample standard deviation of 6 windows is often 0 (a z-score then explodes
 * on the first extra session) and very noisy. So the Poisson variance is the noise floor, the
 * observed variance takes over for topics that swing more than Poisson, the factor (1 + 1/N) adds
 * the uncertainty of a baseline estimated from N windows, and the +1 keeps small topics calm. The
 * floor makes 0 → 2 no spike (score 0.7). A window is flagged iff its score reaches the threshold
 * and its count reaches the minimum, with at least the minimum history. With the defaults
 * (threshold 5, min count 5), in a simulation of stable Poisson topics of 1 to 100 sessions per
 * window fewer than 1 window in 25,000 was flagged by chance, while a topic of 10 sessions per
 * window going to 5 times that was flagged in over 99 % of windows (3 times: about half, so two
 * windows of a burst give it two chances). A plain z-score over 6 windows (threshold 3) flags
 * stable topics of 3 to 30 sessions in 2 to 3 % of windows.
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
   * @param previous the counts of the windows before it, as many as exist up to N (zero where the
   *     topic had no session); fewer than {@code minHistoryWindows} never flags
   */
  public Spike score(long count, long[] previous) {
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
        n >= settings.minHistoryWindows()
            && score >= settings.threshold()
            && count >= settings.minCount();
    return new Spike(baseline, score, flagged);
  }
}
