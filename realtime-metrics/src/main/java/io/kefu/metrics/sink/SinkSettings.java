package io.kefu.metrics.sink;

import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * How the ClickHouse sink batches and retries.
 *
 * @param batchRows a table's rows are inserted once this many are buffered
 * @param maxDelay a buffered row is inserted at the latest this long after it arrived
 * @param firstBackoff the wait after the first failed attempt; it doubles after each failure
 * @param maxBackoff the longest wait between two attempts
 * @param giveUpAfter how long an outage may last before the job fails; null: retry for ever
 */
public record SinkSettings(
    int batchRows,
    Duration maxDelay,
    Duration firstBackoff,
    Duration maxBackoff,
    Duration giveUpAfter)
    implements Serializable {

  public SinkSettings {
    if (batchRows < 1) {
      throw new IllegalArgumentException("batch rows must be at least 1, not " + batchRows);
    }
    requirePositive("max delay", maxDelay);
    requirePositive("first back-off", firstBackoff);
    requirePositive("max back-off", maxBackoff);
    if (maxBackoff.compareTo(firstBackoff) < 0) {
      throw new IllegalArgumentException(
          "max back-off " + maxBackoff + " is shorter than the first back-off " + firstBackoff);
    }
    if (giveUpAfter != null) {
      requirePositive("give-up time", giveUpAfter);
    }
  }

  /**
   * 20,000 rows or 1 s (about one insert per table and second, as ClickHouse advises); back-off 200
   * ms doubling to 10 s; retry for ever.
   */
  public static SinkSettings defaults() {
    return new SinkSettings(
        20_000, Duration.ofSeconds(1), Duration.ofMillis(200), Duration.ofSeconds(10), null);
  }

  public SinkSettings withBatchRows(int rows) {
    return new SinkSettings(rows, maxDelay, firstBackoff, maxBackoff, giveUpAfter);
  }

  public SinkSettings withMaxDelay(Duration delay) {
    return new SinkSettings(batchRows, delay, firstBackoff, maxBackoff, giveUpAfter);
  }

  public SinkSettings withBackoff(Duration first, Duration max) {
    return new SinkSettings(batchRows, maxDelay, first, max, giveUpAfter);
  }

  /**
   * @param giveUp how long an outage may last before the job fails; null: retry for ever
   */
  public SinkSettings withGiveUpAfter(Duration giveUp) {
    return new SinkSettings(batchRows, maxDelay, firstBackoff, maxBackoff, giveUp);
  }

  public boolean retriesForever() {
    return giveUpAfter == null;
  }

  private static void requirePositive(String what, Duration d) {
    Objects.requireNonNull(d, what);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(what + " must be positive, not " + d);
    }
  }
}
