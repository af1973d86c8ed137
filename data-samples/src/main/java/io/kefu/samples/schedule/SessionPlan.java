package io.kefu.samples.schedule;

import io.kefu.core.event.Channel;
import io.kefu.core.taxonomy.Intent;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Everything decided about a session before its dialogue is written.
 *
 * @param key unique number the session's random stream and ids derive from
 * @param faqIndex index into the intent's FAQ groups in the phrasebook
 * @param displayOffset the offset its raw timestamps are written with (same instants either way)
 * @param returning the customer comes back about an earlier session (colours the first message)
 * @param followedUp the same customer comes back about the same intent within 72 h (makes a
 *     resolution less likely)
 * @param repeatContact truth: another session of this customer and intent started within 72 h
 *     before this one
 * @param previousSessionId truth: the latest earlier session of this customer and intent, or null
 */
public record SessionPlan(
    long key,
    String sessionId,
    String customerId,
    Instant start,
    Intent intent,
    int faqIndex,
    Channel channel,
    ZoneOffset displayOffset,
    Source source,
    boolean spike,
    boolean returning,
    boolean followedUp,
    boolean repeatContact,
    String previousSessionId) {}
