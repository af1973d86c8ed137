package io.kefu.core.metrics.hot;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How hot topics and emerging phrases are windowed and scored (CONTRACT §3); see {@link
 * SpikeScorer} for the score.
 *
 * @param windowSize event-time window, aligned to the epoch; it must divide an hour, so windows are
 *     the same in UTC and Asia/Shanghai (+08:00 is whole hours)
 * @param baselineWindows N, the windows before a window that form its baseline
 * @param minHistoryWindows windows of history (since the stream or the data began) a window needs
 *     before it can be flagged, so the first windows of a run do not all look like spikes
 * @param baselineFloor the least baseline a score uses, so a topic going from 0 to 2 is no spike
 * @param threshold the least spike score that flags
 * @param minCount the least sessions in the window that flags
 * @param topK the rows kept per window where a caller keeps only the top ones (phrases)
 */
public record SpikeSettings(
    Duration windowSize,
    int baselineWindows,
    int minHistoryWindows,
    double baselineFloor,
    double threshold,
    long minCount,
    int topK)
    implements Serializable {

  public static final SpikeSettings DEFAULT =
      new SpikeSettings(Duration.ofMinutes(10), 6, 3, 1.0, 5.5, 5, 10);

  public SpikeSettings {
    Objects.requireNonNull(windowSize, "windowSize");
    if (windowSize.isNegative()
        || windowSize.isZero()
        || Duration.ofHours(1).toNanos() % windowSize.toNanos() != 0) {
      throw new IllegalArgumentException("window size must divide an hour, got " + windowSize);
    }
    require(baselineWindows >= 1, "baselineWindows must be at least 1, got " + baselineWindows);
    require(
        minHistoryWindows >= 0 && minHistoryWindows <= baselineWindows,
        "minHistoryWindows must be in 0.." + baselineWindows + ", got " + minHistoryWindows);
    require(baselineFloor >= 0, "baselineFloor must be >= 0, got " + baselineFloor);
    require(threshold > 0, "threshold must be > 0, got " + threshold);
    require(minCount >= 1, "minCount must be at least 1, got " + minCount);
    require(topK >= 1, "topK must be at least 1, got " + topK);
  }

  /** The start of the window holding {@code time}. */
  public Instant windowStart(Instant time) {
    long size = windowSize.getSeconds();
    return Instant.ofEpochSecond(Math.floorDiv(time.getEpochSecond(), size) * size);
  }

  /** The start of the window {@code n} windows before the one starting at {@code windowStart}. */
  public Instant windowsBefore(Instant windowStart, int n) {
    // Duration.multipliedBy goes through BigDecimal: too slow for a call per topic and window.
    return windowStart.minusNanos(windowSize.toNanos() * n);
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }
}
