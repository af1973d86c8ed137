package io.kefu.samples.truth;

import io.kefu.core.event.Channel;
import io.kefu.core.event.EndReason;
import io.kefu.core.taxonomy.Intent;
import io.kefu.samples.pii.PiiMention;
import io.kefu.samples.schedule.Source;
import java.time.Instant;
import java.util.List;

/**
 * The ground truth of one session, one line of {@code truth/sessions.jsonl}.
 *
 * @param repeatContact another session of this customer and intent started less than 72 h before
 *     this one (a gap of exactly 72 h is a new issue)
 * @param rating the first CSAT rating, or null when the customer did not rate
 * @param ratings every {@code csat} event of the session in time order (empty when not rated)
 * @param agentId the human agent who served, or null for a bot-only session
 * @param messages how many {@code message} events the session has
 * @param emergingPhrase the new problem the customer's opening names verbatim ({@code --emerging}),
 *     or null
 */
public record SessionTruth(
    String sessionId,
    String customerId,
    Channel channel,
    Source source,
    Instant start,
    Instant end,
    Intent intent,
    String faqId,
    List<Sentiment> sentimentPath,
    boolean repeatContact,
    String previousSessionId,
    EndReason endReason,
    Integer rating,
    List<CsatRating> ratings,
    List<RuleBreak> qaViolations,
    List<PiiMention> pii,
    int messages,
    String agentId,
    String emergingPhrase) {}
