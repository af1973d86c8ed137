package io.kefu.core.metrics.csat;

import io.kefu.core.event.Channel;
import io.kefu.core.metrics.DailyKey;
import io.kefu.core.taxonomy.Intent;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * One row of {@code csat_daily} (CONTRACT §3, §4), or a change to one: the sessions that started on
 * an Asia/Shanghai day with this primary intent, channel and agent. Rows of the same key add up
 * ({@link #plus}), so a late rating is a row of its own that a streaming job adds.
 *
 * @param rated sessions with a (first) rating
 * @param satisfied rated 4 or 5
 * @param ratingSum the sum of the counted ratings
 * @param ended sessions that ended (had a session_end)
 */
public record CsatDailyRow(
    LocalDate day,
    Intent intent,
    Channel channel,
    String agentId,
    long rated,
    long satisfied,
    long ratingSum,
    long ended)
    implements Serializable {

  public static CsatDailyRow of(
      DailyKey key, long rated, long satisfied, long ratingSum, long ended) {
    return new CsatDailyRow(
        key.day(), key.intent(), key.channel(), key.agentId(), rated, satisfied, ratingSum, ended);
  }

  public DailyKey key() {
    return new DailyKey(day, intent, channel, agentId);
  }

  /** The sum of two rows of the same key. */
  public CsatDailyRow plus(CsatDailyRow other) {
    if (!key().equals(other.key())) {
      throw new IllegalArgumentException("cannot add rows of " + key() + " and " + other.key());
    }
    return of(
        key(),
        rated + other.rated,
        satisfied + other.satisfied,
        ratingSum + other.ratingSum,
        ended + other.ended);
  }

  /** CSAT: satisfied / rated in percent; empty when nothing was rated. */
  public OptionalDouble csatPercent() {
    return rated == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * satisfied / rated);
  }

  /** The mean of the counted ratings; empty when nothing was rated. */
  public OptionalDouble meanRating() {
    return rated == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) ratingSum / rated);
  }

  /** Rated / ended sessions, 0–1 (a session rated without a session_end can push it above 1). */
  public OptionalDouble responseRate() {
    return ended == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) rated / ended);
  }
}
