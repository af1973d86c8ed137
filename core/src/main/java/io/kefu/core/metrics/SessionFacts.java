package io.kefu.core.metrics;

import io.kefu.core.event.Channel;
import io.kefu.core.event.EndReason;
import io.kefu.core.session.SessionSummary;
import io.kefu.core.taxonomy.Intent;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * What the FCR and CSAT definitions (CONTRACT §3) read of one session; the same facts in the Flink
 * job and the Spark backfill. Times keep the offset they were written with; days are taken in
 * Asia/Shanghai by {@link io.kefu.core.event.EventTimestamps#businessDay}.
 *
 * @param primaryIntent see {@link PrimaryIntent}
 * @param agentId the last human agent, or {@link #NO_AGENT} for a bot-only session (never null)
 * @param start the session's first event
 * @param end its session_end, else its last event; not before {@code start}
 * @param endReason null when the session never ended (closed by inactivity)
 * @param rating the first CSAT rating, or null when none arrived (yet)
 */
public record SessionFacts(
    String sessionId,
    String customerId,
    Intent primaryIntent,
    Channel channel,
    String agentId,
    OffsetDateTime start,
    OffsetDateTime end,
    EndReason endReason,
    Integer rating)
    implements Serializable {

  /** The agent id of rows for sessions no human agent served. */
  public static final String NO_AGENT = "";

  public SessionFacts {
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(primaryIntent, "primaryIntent");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    agentId = agentId == null ? NO_AGENT : agentId;
    if (end.isBefore(start)) {
      throw new IllegalArgumentException(
          "session " + sessionId + " ends (" + end + ") before it starts (" + start + ")");
    }
  }

  /** The facts of a summarised session with its primary intent. */
  public static SessionFacts of(SessionSummary summary, Intent primaryIntent) {
    return new SessionFacts(
        summary.sessionId(),
        summary.customerId(),
        primaryIntent,
        summary.channel(),
        summary.agentId(),
        summary.start(),
        summary.end(),
        summary.endReason(),
        summary.rating());
  }

  public boolean ended() {
    return endReason != null;
  }

  public boolean resolved() {
    return endReason == EndReason.RESOLVED;
  }

  /** The same session with a (late) first rating. */
  public SessionFacts withRating(int newRating) {
    return new SessionFacts(
        sessionId, customerId, primaryIntent, channel, agentId, start, end, endReason, newRating);
  }
}
