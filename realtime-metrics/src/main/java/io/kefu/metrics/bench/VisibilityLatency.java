package io.kefu.metrics.bench;

import java.util.Arrays;
import java.util.List;

/**
 * Event-to-ClickHouse latencies of a paced replay, from row counts sampled while it runs. The
 * replayer sends at a steady rate from a known start, so record k (1-based) left at about {@code
 * start + (k - 1) / rate}; a sample that first shows k rows says when record k became visible. Rows
 * are assumed to become visible in publish order: a sink flushes whole batches, so the error is at
 * most one batch's spread, well under the figures measured.
 */
public final class VisibilityLatency {

  /** The row count seen at a wall-clock time (ms since the epoch). */
  public record Sample(long atMillis, long rows) {}

  private VisibilityLatency() {}

  /**
   * The latency in ms of every record that became visible in {@code samples}, sorted ascending.
   *
   * @param samples counts in time order, taken after the baseline
   * @param baselineRows rows present before the first record was published (a warm-up)
   * @param publishStartMillis when record 1 was sent
   * @param ratePerSecond the replay's steady rate
   * @param records how many records were published; rows beyond them are not replay's
   */
  public static long[] of(
      List<Sample> samples,
      long baselineRows,
      long publishStartMillis,
      double ratePerSecond,
      long records) {
    if (!(ratePerSecond > 0)) {
      throw new IllegalArgumentException("rate must be positive, got " + ratePerSecond);
    }
    long seen = 0;
    long[] latencies = new long[(int) Math.max(0, records)];
    for (Sample s : samples) {
      // A count never goes back: a smaller one is a reading of a replica or merge in between.
      long visible = Math.min(records, Math.max(seen, s.rows() - baselineRows));
      for (long k = seen + 1; k <= visible; k++) {
        long sent = publishStartMillis + Math.round((k - 1) * 1000.0 / ratePerSecond);
        latencies[(int) (k - 1)] = Math.max(0, s.atMillis() - sent);
      }
      seen = visible;
    }
    long[] result = Arrays.copyOf(latencies, (int) seen);
    Arrays.sort(result);
    return result;
  }

  /** The nearest-rank percentile ({@code p} in 0..100) of ascending values; NaN when empty. */
  public static double percentile(long[] sorted, double p) {
    if (p < 0 || p > 100) {
      throw new IllegalArgumentException("percentile must be in 0..100, got " + p);
    }
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }
}
