package io.kefu.samples.schedule;

import io.kefu.samples.schedule.RandomStreams.Purpose;

/**
 * Realistic-looking identifiers ({@code s-7f3a…}, {@code e-…}, {@code c-…}) that are unique by
 * construction: each is a bijective scramble of a distinct number, salted by the seed.
 */
public final class IdMint {

  /** Session keys stay below this, so that (key, event index) packs into one long. */
  public static final long MAX_KEY = 1L << 55;

  private static final int MAX_EVENTS = 256;

  private final long sessionSalt;
  private final long eventSalt;
  private final long customerSalt;

  public IdMint(RandomStreams streams) {
    long ids = streams.salt(Purpose.IDS);
    this.sessionSalt = RandomStreams.mix(ids + 1);
    this.eventSalt = RandomStreams.mix(ids + 2);
    this.customerSalt = RandomStreams.mix(ids + 3);
  }

  public String sessionId(long key) {
    return "s-" + hex(RandomStreams.mix(key ^ sessionSalt));
  }

  public String customerId(long customerNo) {
    return "c-" + hex(RandomStreams.mix(customerNo ^ customerSalt));
  }

  /** The id of event number {@code index} (0-based, below 256) of session {@code key}. */
  public String eventId(long key, int index) {
    if (index < 0 || index >= MAX_EVENTS || key < 0 || key >= MAX_KEY) {
      throw new IllegalArgumentException("event " + index + " of session key " + key);
    }
    return "e-" + hex(RandomStreams.mix((key * MAX_EVENTS + index) ^ eventSalt));
  }

  /** Agent ids {@code a-0001} … in roster order (1-based). */
  public static String agentId(int number) {
    return String.format("a-%04d", number);
  }

  private static String hex(long v) {
    String h = Long.toHexString(v);
    return "0".repeat(16 - h.length()) + h;
  }
}
