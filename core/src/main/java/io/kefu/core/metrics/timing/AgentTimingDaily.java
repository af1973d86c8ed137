package io.kefu.core.metrics.timing;

import io.kefu.core.event.EventTimestamps;
import io.kefu.core.session.SessionSummary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Agent timing per day from {@link SessionSummary}, whose first response runs from the first
 * customer message to the first <i>agent</i> message (bot turns never count as a response) and
 * whose reply delays are those of customer messages an agent answered (a message the bot answered
 * is not waiting for a person). A session counts for its last human agent on the Asia/Shanghai day
 * it started; bot-only sessions and sessions without a customer message do not count.
 */
public final class AgentTimingDaily {

  private AgentTimingDaily() {}

  /** The contribution of one session; empty when it has no agent or no customer message. */
  public static Optional<AgentTimingDailyRow> ofSession(SessionSummary s, SlaSettings sla) {
    if (s.agentId() == null || s.agentId().isEmpty() || s.customerMessages() == 0) {
      return Optional.empty();
    }
    boolean answered = s.firstResponseSeconds() >= 0;
    long replySum = 0;
    long withinSla = 0;
    long max = 0;
    for (long delay : s.replyDelaysSeconds()) {
      replySum += delay;
      withinSla += delay <= sla.reply().getSeconds() ? 1 : 0;
      max = Math.max(max, delay);
    }
    return Optional.of(
        new AgentTimingDailyRow(
            EventTimestamps.businessDay(s.start()),
            s.agentId(),
            1,
            answered ? 1 : 0,
            answered ? s.firstResponseSeconds() : 0,
            answered && s.firstResponseSeconds() <= sla.firstResponse().getSeconds() ? 1 : 0,
            s.replyDelaysSeconds().size(),
            replySum,
            withinSla,
            max));
  }

  /** The rows of many sessions, ordered by day then agent. */
  public static List<AgentTimingDailyRow> aggregate(
      Collection<SessionSummary> sessions, SlaSettings sla) {
    Map<String, AgentTimingDailyRow> rows = new TreeMap<>();
    for (SessionSummary s : sessions) {
      ofSession(s, sla)
          .ifPresent(
              row -> rows.merge(row.day() + "/" + row.agentId(), row, AgentTimingDailyRow::plus));
    }
    return new ArrayList<>(rows.values());
  }
}
