package io.kefu.metrics.job;

/**
 * The {@code version} of the rows one operator instance writes: microseconds of wall-clock time,
 * strictly increasing within the instance. A key is always written by one instance, so its latest
 * row has the largest version, and a job restored from a checkpoint writes after (and so above)
 * whatever the failed run wrote: ReplacingMergeTree keeps the restored run's rows.
 */
final class RowVersions {

  private long last;

  long next() {
    long now = System.currentTimeMillis() * 1_000;
    last = Math.max(now, last + 1);
    return last;
  }
}
