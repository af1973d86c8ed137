package io.kefu.samples.schedule;

import java.util.SplittableRandom;

/**
 * Independent, reproducible random streams keyed by (seed, purpose, key): every session draws from
 * its own stream, so sessions can be generated in any order or in parallel and still come out the
 * same, and adding a spike does not change the base sessions.
 */
public final class RandomStreams {

  /** What a stream is for; each purpose gets unrelated streams for the same key. */
  public enum Purpose {
    PLAN,
    SPIKE,
    REPEAT,
    SCRIPT,
    AGENTS,
    OUTPUT,
    IDS,
    HARD_CASES,
    RECONTACT,
    EMERGING
  }

  private final long seed;

  public RandomStreams(long seed) {
    this.seed = seed;
  }

  public SplittableRandom stream(Purpose purpose, long key) {
    return new SplittableRandom(
        mix(mix(seed + 0x9E3779B97F4A7C15L * (purpose.ordinal() + 1)) ^ key));
  }

  /** A fixed 64-bit salt for a purpose. */
  public long salt(Purpose purpose) {
    return mix(seed ^ mix(0xD1B54A32D192ED03L * (purpose.ordinal() + 7)));
  }

  /** The SplitMix64 finaliser: a bijection on 64-bit values with good avalanche. */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
