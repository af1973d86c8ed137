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
 * @param rating the first CSAT rating, or null when the customer did not rate
 * @param agentId the human agent who served, or null for a bot-only session
 * @param messages how many {@code message} events the session has
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
    List<RuleBreak> qaViolations,
    List<PiiMention> pii,
    int messages,
    String agentId) {}
