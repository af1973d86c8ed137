package io.kefu.core.metrics;

import io.kefu.core.event.Channel;
import io.kefu.core.event.EventTimestamps;
import io.kefu.core.taxonomy.Intent;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * The dimensions of a daily table row (CONTRACT §4): Asia/Shanghai day, intent, channel and agent.
 *
 * @param agentId the agent, or {@link SessionFacts#NO_AGENT} ("") for a session no human served
 */
public record DailyKey(LocalDate day, Intent intent, Channel channel, String agentId)
    implements Comparable<DailyKey>, Serializable {

  private static final Comparator<DailyKey> ORDER =
      Comparator.comparing(DailyKey::day)
          .thenComparing(DailyKey::intent)
          .thenComparing(DailyKey::channel)
          .thenComparing(DailyKey::agentId);

  public DailyKey {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(intent, "intent");
    Objects.requireNonNull(channel, "channel");
    agentId = agentId == null ? SessionFacts.NO_AGENT : agentId;
  }

  /** The key of a session: the day it started, its primary intent, channel and agent. */
  public static DailyKey of(SessionFacts session) {
    return new DailyKey(
        EventTimestamps.businessDay(session.start()),
        session.primaryIntent(),
        session.channel(),
        session.agentId());
  }

  @Override
  public int compareTo(DailyKey other) {
    return ORDER.compare(this, other);
  }
}
