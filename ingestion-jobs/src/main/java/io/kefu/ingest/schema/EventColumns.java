package io.kefu.ingest.schema;

import io.kefu.core.event.ChatEvent;

/**
 * The event columns that {@code RECORD} and {@code MESSAGE} rows share, in schema order: event_id,
 * type, session_id, customer_id, agent_id, channel, ts, role, text, end_reason, rating.
 */
public final class EventColumns {

  public static final int COUNT = 11;

  private EventColumns() {}

  /**
   * @param text the text to store (normalised and masked), or null for non-messages
   */
  public static Object[] of(ChatEvent e, String text) {
    return new Object[] {
      e.eventId(),
      e.type().wireName(),
      e.sessionId(),
      e.customerId(),
      e.agentId(),
      e.channel().wireName(),
      e.ts().toInstant(),
      e.role() == null ? null : e.role().wireName(),
      text,
      e.endReason() == null ? null : e.endReason().wireName(),
      e.rating()
    };
  }

  /** The given leading values, then the event columns, then the trailing values. */
  public static Object[] around(Object[] leading, Object[] event, Object... trailing) {
    Object[] all = new Object[leading.length + event.length + trailing.length];
    System.arraycopy(leading, 0, all, 0, leading.length);
    System.arraycopy(event, 0, all, leading.length, event.length);
    System.arraycopy(trailing, 0, all, leading.length + event.length, trailing.length);
    return all;
  }
}
