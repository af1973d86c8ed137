package io.kefu.qa.session;

import io.kefu.core.event.ChatEvent;
import java.util.Comparator;

/**
 * The order the engine reads a session's events in, whatever order they arrived in: event time,
 * then session_start &lt; message &lt; transfer &lt; session_end &lt; csat at the same instant,
 * then event id. Batch and stream therefore see the same sequence.
 */
public final class EventOrder {

  /** The comparator; total on events with distinct ids. */
  public static final Comparator<ChatEvent> COMPARATOR =
      Comparator.comparingLong((ChatEvent e) -> e.ts().toEpochSecond())
          .thenComparingInt(e -> e.ts().getNano())
          .thenComparingInt(e -> e.type().ordinal())
          .thenComparing(ChatEvent::eventId);

  private EventOrder() {}
}
