package io.kefu.samples.replay;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Paces a replay at a steady number of events per second. Tokens accrue continuously at the rate,
 * up to a burst of 50 ms worth; when they run out the caller sleeps until about 5 ms worth have
 * accrued, so a fast rate sleeps a couple of hundred times a second rather than once per event, and
 * a stall (a slow broker) is made up for by at most one burst instead of a flood.
 */
final class TokenBucket {

  /** Sleeps for a number of nanoseconds; a seam for tests. */
  @FunctionalInterface
  interface Sleeper {
    void sleepNanos(long nanos) throws InterruptedException;
  }

  private static final double BURST_SECONDS = 0.05;
  private static final double REFILL_SECONDS = 0.005;

  private final double perNano;
  private final double capacity;
  private final double refill;
  private final LongSupplier clock;
  private final Sleeper sleeper;
  private double tokens;
  private long last;

  TokenBucket(double eventsPerSecond, LongSupplier nanoClock, Sleeper sleeper) {
    if (!(eventsPerSecond > 0) || Double.isInfinite(eventsPerSecond)) {
      throw new IllegalArgumentException("rate must be a positive number, not " + eventsPerSecond);
    }
    this.perNano = eventsPerSecond / 1e9;
    this.refill = Math.max(1, eventsPerSecond * REFILL_SECONDS);
    this.capacity = Math.max(refill, eventsPerSecond * BURST_SECONDS);
    this.clock = nanoClock;
    this.sleeper = sleeper;
    this.tokens = refill;
    this.last = nanoClock.getAsLong();
  }

  /** A bucket on the system clock. */
  static TokenBucket of(double eventsPerSecond) {
    return new TokenBucket(eventsPerSecond, System::nanoTime, TimeUnit.NANOSECONDS::sleep);
  }

  /** Takes one token, sleeping first when there is none. */
  void acquire() throws InterruptedException {
    accrue();
    if (tokens < 1) {
      sleeper.sleepNanos((long) Math.ceil((refill - tokens) / perNano));
      accrue();
    }
    tokens -= 1;
  }

  private void accrue() {
    long now = clock.getAsLong();
    tokens = Math.min(capacity, tokens + (now - last) * perNano);
    last = now;
  }
}
