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
 * @param spike one of the extra sessions of a {@code --spike}
 * @param returning the customer comes back about an earlier session (colours the first message)
 * @param followedUp the same customer starts another session about the same intent less than 72 h
 *     after this one started (makes a resolution less likely)
 * @param repeatContact truth: another session of this customer and intent started less than 72 h
 *     before this one ({@link SessionPlanner#RECONTACT_WINDOW}, half-open as in core's
 *     RecontactWindow: a gap of exactly 72 h is a new issue)
 * @param previousSessionId truth: the latest earlier session of this customer and intent, or null
 * @param emergingPhrase the new problem the customer opens with (one of the extra sessions of an
 *     {@code --emerging}), or null
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
    String previousSessionId,
    String emergingPhrase) {}
