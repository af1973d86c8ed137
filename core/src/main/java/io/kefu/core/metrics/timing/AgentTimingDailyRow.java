package io.kefu.core.metrics.timing;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * Agent timing for one agent on one Asia/Shanghai day (by session start): the figures Chatwoot
 * users ask for most. Rows of the same day and agent add up ({@link #plus}). Times are whole
 * seconds.
 *
 * @param sessions sessions the agent served that had a customer message
 * @param answered of those, the sessions where an agent replied to the customer
 * @param firstResponseSecondsSum the first-response times of the answered sessions, summed
 * @param firstResponseWithinSla sessions answered within the first-response SLA
 * @param replies customer messages (or runs of them) an agent answered
 * @param replyDelaySecondsSum their reply delays, summed
 * @param repliesWithinSla replies within the reply SLA
 * @param maxReplyDelaySeconds the longest reply delay, 0 without replies
 */
public record AgentTimingDailyRow(
    LocalDate day,
    String agentId,
    long sessions,
    long answered,
    long firstResponseSecondsSum,
    long firstResponseWithinSla,
    long replies,
    long replyDelaySecondsSum,
    long repliesWithinSla,
    long maxReplyDelaySeconds)
    implements Serializable {

  /** The sum of two rows of the same day and agent. */
  public AgentTimingDailyRow plus(AgentTimingDailyRow o) {
    if (!day.equals(o.day) || !agentId.equals(o.agentId)) {
      throw new IllegalArgumentException(
          "cannot add rows of " + day + "/" + agentId + " and " + o.day + "/" + o.agentId);
    }
    return new AgentTimingDailyRow(
        day,
        agentId,
        sessions + o.sessions,
        answered + o.answered,
        firstResponseSecondsSum + o.firstResponseSecondsSum,
        firstResponseWithinSla + o.firstResponseWithinSla,
        replies + o.replies,
        replyDelaySecondsSum + o.replyDelaySecondsSum,
        repliesWithinSla + o.repliesWithinSla,
        Math.max(maxReplyDelaySeconds, o.maxReplyDelaySeconds));
  }

  /** Mean first response of the answered sessions, in seconds. */
  public OptionalDouble meanFirstResponseSeconds() {
    return ratio(firstResponseSecondsSum, answered);
  }

  /**
   * First-response SLA met, in percent of all sessions with a customer message: a session never
   * answered misses it.
   */
  public OptionalDouble firstResponseSlaPercent() {
    return percent(firstResponseWithinSla, sessions);
  }

  public OptionalDouble meanReplyDelaySeconds() {
    return ratio(replyDelaySecondsSum, replies);
  }

  public OptionalDouble replySlaPercent() {
    return percent(repliesWithinSla, replies);
  }

  private static OptionalDouble ratio(long sum, long count) {
    return count == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) sum / count);
  }

  private static OptionalDouble percent(long part, long whole) {
    return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * part / whole);
  }
}
