package io.kefu.core.metrics.fcr;

import io.kefu.core.event.Channel;
import io.kefu.core.metrics.DailyKey;
import io.kefu.core.taxonomy.Intent;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * One row of {@code fcr_daily} (CONTRACT §3, §4): the issues that started on an Asia/Shanghai day
 * with this intent, channel and agent of their first session, and how many were resolved on first
 * contact.
 *
 * @param agentId "" for issues whose first session no human agent served
 * @param isFinal all the row's issues are final; a provisional row ({@code final = 0}) is rewritten
 *     when its last window closes
 */
public record FcrDailyRow(
    LocalDate day,
    Intent intent,
    Channel channel,
    String agentId,
    long issues,
    long resolvedFirstContact,
    boolean isFinal)
    implements Serializable {

  public static FcrDailyRow of(DailyKey key, long issues, long resolved, boolean isFinal) {
    return new FcrDailyRow(
        key.day(), key.intent(), key.channel(), key.agentId(), issues, resolved, isFinal);
  }

  public DailyKey key() {
    return new DailyKey(day, intent, channel, agentId);
  }

  /** Resolved on first contact / issues, 0–1; empty without issues. */
  public OptionalDouble fcrRate() {
    return issues == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) resolvedFirstContact / issues);
  }
}
