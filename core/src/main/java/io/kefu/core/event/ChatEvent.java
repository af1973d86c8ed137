package io.kefu.core.event;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One chat event as CONTRACT §2 defines it: the unit of raw logs, of the Kafka topic {@code
 * chat-events} and of ClickHouse {@code kefu.messages}.
 *
 * <p>Fields that belong to one event type only ({@code role}, {@code text}, {@code endReason},
 * {@code rating}) are null on the other types. {@code agentId} is null while the bot serves. Build
 * instances through {@link ChatEventParser} (untrusted input) or the static factories (trusted code
 * such as the generator); both enforce the per-type fields.
 *
 * @param ts event time with the offset it was written with; metrics convert to Asia/Shanghai
 */
public record ChatEvent(
    String eventId,
    EventType type,
    String sessionId,
    String customerId,
    String agentId,
    Channel channel,
    OffsetDateTime ts,
    Role role,
    String text,
    EndReason endReason,
    Integer rating) {

  /** Lowest and highest CSAT rating. */
  public static final int MIN_RATING = 1;

  public static final int MAX_RATING = 5;

  public ChatEvent {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(ts, "ts");
    if (type == EventType.MESSAGE && (role == null || text == null)) {
      throw new IllegalArgumentException("a message needs role and text: " + eventId);
    }
    if (type == EventType.SESSION_END && endReason == null) {
      throw new IllegalArgumentException("a session_end needs end_reason: " + eventId);
    }
    if (type == EventType.CSAT && (rating == null || rating < MIN_RATING || rating > MAX_RATING)) {
      throw new IllegalArgumentException("a csat needs a rating 1-5: " + eventId);
    }
  }

  /** The header shared by every event of a session at one moment. */
  public record Header(
      String eventId,
      String sessionId,
      String customerId,
      String agentId,
      Channel channel,
      OffsetDateTime ts) {}

  public static ChatEvent sessionStart(Header h) {
    return of(h, EventType.SESSION_START, null, null, null, null);
  }

  public static ChatEvent message(Header h, Role role, String text) {
    return of(h, EventType.MESSAGE, role, text, null, null);
  }

  public static ChatEvent transfer(Header h) {
    return of(h, EventType.TRANSFER, null, null, null, null);
  }

  public static ChatEvent sessionEnd(Header h, EndReason reason) {
    return of(h, EventType.SESSION_END, null, null, reason, null);
  }

  public static ChatEvent csat(Header h, int rating) {
    return of(h, EventType.CSAT, null, null, null, rating);
  }

  private static ChatEvent of(
      Header h, EventType type, Role role, String text, EndReason reason, Integer rating) {
    return new ChatEvent(
        h.eventId(),
        type,
        h.sessionId(),
        h.customerId(),
        h.agentId(),
        h.channel(),
        h.ts(),
        role,
        text,
        reason,
        rating);
  }
}
