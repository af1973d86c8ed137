package io.kefu.dags.airflow;

import java.time.Duration;
import java.util.Objects;

/**
 * How often a call that Airflow answered with a 5xx, or that could not reach it, is made again:
 * {@code attempts} in all, waiting {@code firstBackoff} before the second and twice as long before
 * each one after (0.5 s, 1 s, 2 s by default), so a scheduler restart or a briefly overloaded API
 * server does not fail a command, and a dead one fails it within seconds.
 */
public record RetryPolicy(int attempts, Duration firstBackoff) {

  public static final RetryPolicy DEFAULT = new RetryPolicy(4, Duration.ofMillis(500));

  public RetryPolicy {
    if (attempts < 1) {
      throw new IllegalArgumentException("a retry policy makes at least 1 attempt: " + attempts);
    }
    Objects.requireNonNull(firstBackoff, "firstBackoff");
    if (firstBackoff.isNegative()) {
      throw new IllegalArgumentException("a backoff is not negative: " + firstBackoff);
    }
  }

  /** The wait before attempt {@code attempt} (2 for the first retry). */
  public Duration backoffBefore(int attempt) {
    if (attempt < 2) {
      return Duration.ZERO;
    }
    return firstBackoff.multipliedBy(1L << Math.min(attempt - 2, 20));
  }
}
