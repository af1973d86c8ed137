package io.kefu.samples.truth;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What the metric oracle ({@link TruthMetrics}) needs of one session, as plain values: no core
 * types, so that the oracle shares nothing with the code it checks.
 *
 * @param intent the session's true primary intent (an intent id)
 * @param agentId the human agent of the session, or null for a bot-only session
 * @param start {@code session_start}, with whatever offset it was written in
 * @param end {@code session_end}, or null when the session has not ended
 * @param endReason the wire name ({@code resolved}, …), or null when the session has not ended
 * @param ratings every {@code csat} of the session, in any order (empty when not rated)
 */
public record TruthContact(
    String sessionId,
    String customerId,
    String intent,
    String channel,
    String agentId,
    OffsetDateTime start,
    OffsetDateTime end,
    String endReason,
    List<CsatRating> ratings) {

  public TruthContact {
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(intent, "intent");
    Objects.requireNonNull(start, "start");
    ratings = List.copyOf(ratings);
  }

  /** The rating that counts (CONTRACT §2): the earliest sent, the one listed first on a tie. */
  public Integer firstRating() {
    return ratings.stream()
        .min(Comparator.comparing(CsatRating::at))
        .map(CsatRating::rating)
        .orElse(null);
  }

  public Instant startInstant() {
    return start.toInstant();
  }

  public boolean ended() {
    return end != null;
  }
}
