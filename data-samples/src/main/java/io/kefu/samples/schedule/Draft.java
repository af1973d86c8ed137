package io.kefu.samples.schedule;

import io.kefu.core.event.Channel;
import io.kefu.core.taxonomy.Intent;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A session while it is being planned: mutable, confined to one {@link SessionPlanner#plan} call.
 */
final class Draft {

  long key;
  long customerNo;
  Instant start;
  Intent intent;
  int faqIndex;
  Channel channel;
  ZoneOffset offset;
  Source source;
  boolean spike;
  String emergingPhrase;
  boolean returning;
  boolean followedUp;
  boolean repeatContact;
  String sessionId;
  String customerId;
  String previousSessionId;

  /** Added on top of {@code --sessions} by a spike or an emerging phrase. */
  boolean injected() {
    return spike || emergingPhrase != null;
  }

  /** The unit of re-contact: the same customer about the same intent. */
  ContactKey contactKey() {
    return new ContactKey(customerNo, intent);
  }

  /** Makes this session the customer's return about {@code earlier}'s intent and FAQ. */
  void returnTo(Draft earlier) {
    customerNo = earlier.customerNo;
    intent = earlier.intent;
    faqIndex = earlier.faqIndex;
    returning = true;
  }

  SessionPlan toPlan() {
    return new SessionPlan(
        key,
        sessionId,
        customerId,
        start,
        intent,
        faqIndex,
        channel,
        offset,
        source,
        spike,
        returning,
        followedUp,
        repeatContact,
        previousSessionId,
        emergingPhrase);
  }

  record ContactKey(long customerNo, Intent intent) {}
}
