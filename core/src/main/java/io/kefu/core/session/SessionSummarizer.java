package io.kefu.core.session;

import io.kefu.core.event.ChatEvent;
import io.kefu.core.event.EndReason;
import io.kefu.core.event.Role;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Summarises the events of one session (CONTRACT §2) into a {@link SessionSummary}. Pure. */
public final class SessionSummarizer {

  /** Event-time order; the event id breaks ties so equal timestamps sort the same every run. */
  public static final Comparator<ChatEvent> EVENT_ORDER =
      Comparator.comparing((ChatEvent e) -> e.ts().toInstant()).thenComparing(ChatEvent::eventId);

  private SessionSummarizer() {}

  /**
   * @param events the session's events, any order, duplicates already removed; not empty
   */
  public static SessionSummary summarize(List<ChatEvent> events) {
    if (events.isEmpty()) {
      throw new IllegalArgumentException("a session has at least one event");
    }
    List<ChatEvent> ordered = new ArrayList<>(events);
    ordered.sort(EVENT_ORDER);
    ChatEvent first = ordered.get(0);
    Tally t = new Tally();
    for (ChatEvent e : ordered) {
      t.add(e);
    }
    OffsetDateTime end = t.endedAt != null ? t.endedAt : ordered.get(ordered.size() - 1).ts();
    return new SessionSummary(
        first.sessionId(),
        first.customerId(),
        t.agentId,
        first.channel(),
        first.ts(),
        end,
        Math.max(0, Duration.between(first.ts(), end).getSeconds()),
        t.turns,
        t.customer,
        t.agent,
        t.bot,
        t.firstResponse,
        t.replyDelays,
        t.transfers,
        t.endReason,
        t.rating);
  }

  /** Running counts over the ordered events of a session. */
  private static final class Tally {
    String agentId;
    int turns;
    int customer;
    int agent;
    int bot;
    int transfers;
    long firstResponse = -1;
    final List<Long> replyDelays = new ArrayList<>();
    EndReason endReason;
    OffsetDateTime endedAt;
    Integer rating;
    OffsetDateTime firstCustomerAt;
    OffsetDateTime waitingSince;

    void add(ChatEvent e) {
      if (e.agentId() != null) {
        agentId = e.agentId();
      }
      switch (e.type()) {
        case MESSAGE -> message(e);
        case TRANSFER -> transfers++;
        case SESSION_END -> {
          if (endReason == null) {
            endReason = e.endReason();
            endedAt = e.ts();
          }
        }
        case CSAT -> {
          if (rating == null) {
            rating = e.rating();
          }
        }
        case SESSION_START -> {}
        default -> throw new IllegalStateException("unhandled event type " + e.type());
      }
    }

    private void message(ChatEvent e) {
      turns++;
      if (e.role() == Role.CUSTOMER) {
        customer++;
        if (firstCustomerAt == null) {
          firstCustomerAt = e.ts();
        }
        if (waitingSince == null) {
          waitingSince = e.ts();
        }
      } else if (e.role() == Role.AGENT) {
        agent++;
        if (firstResponse < 0 && firstCustomerAt != null) {
          // CONTRACT §5: measured from the first customer message, even if the bot spoke between.
          firstResponse = Math.max(0, Duration.between(firstCustomerAt, e.ts()).getSeconds());
        }
        if (waitingSince != null) {
          replyDelays.add(Math.max(0, Duration.between(waitingSince, e.ts()).getSeconds()));
          waitingSince = null;
        }
      } else {
        bot++;
        // The bot answered: the customer is no longer waiting for a person.
        waitingSince = null;
      }
    }
  }
}
