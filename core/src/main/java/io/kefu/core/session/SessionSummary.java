package io.kefu.core.session;

import io.kefu.core.event.Channel;
import io.kefu.core.event.EndReason;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What happened in one session, computed from its events by {@link SessionSummarizer} — the same
 * summary in the batch ingest and the streaming job.
 *
 * @param agentId the last human agent who served, or null for a bot-only session
 * @param start the first event's time; {@code end} the session_end's time, else the last event's
 * @param turns messages of any role
 * @param firstResponseSeconds seconds from the first customer message to the first agent message
 *     after it; -1 when no agent answered
 * @param replyDelaysSeconds for each customer message answered by an agent, the seconds until the
 *     first agent message after it (consecutive customer messages share the reply)
 * @param endReason null when the session has not ended (no session_end)
 * @param rating the first CSAT rating (CONTRACT §2), or null
 */
public record SessionSummary(
    String sessionId,
    String customerId,
    String agentId,
    Channel channel,
    OffsetDateTime start,
    OffsetDateTime end,
    long durationSeconds,
    int turns,
    int customerMessages,
    int agentMessages,
    int botMessages,
    long firstResponseSeconds,
    List<Long> replyDelaysSeconds,
    int transfers,
    EndReason endReason,
    Integer rating) {

  public SessionSummary {
    replyDelaysSeconds = List.copyOf(replyDelaysSeconds);
  }

  public boolean ended() {
    return endReason != null;
  }
}
