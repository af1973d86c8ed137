package io.kefu.qa.session;

import io.kefu.core.event.ChatEvent;
import io.kefu.core.event.EndReason;
import io.kefu.core.event.EventTimestamps;
import io.kefu.core.event.EventType;
import io.kefu.core.event.Role;
import io.kefu.qa.engine.Sentiment;
import io.kefu.qa.engine.SentimentSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One session's events in {@link EventOrder}, deduplicated by event id, with the facts the rules
 * share: its messages prepared, when an agent became responsible, how it ended, and the customers'
 * sentiment (asked of the sentiment source once per session, lazily). Not thread-safe: one per
 * inspection.
 */
public final class SessionTimeline {

  private final String sessionId;
  private final LocalDate day;
  private final String agentId;
  private final String channel;
  private final Long responsibleFrom;
  private final Long endMillis;
  private final EndReason endReason;
  private final long lastEventMillis;
  private final List<PreparedMessage> messages;
  private final SentimentSource sentimentSource;
  private Sentiment[] sentiments;

  private SessionTimeline(
      String sessionId, List<ChatEvent> ordered, MessagePreparer preparer, SentimentSource source) {
    this.sessionId = sessionId;
    this.sentimentSource = source;
    ChatEvent first = ordered.get(0);
    ChatEvent start =
        ordered.stream().filter(e -> e.type() == EventType.SESSION_START).findFirst().orElse(first);
    this.day = EventTimestamps.businessDay(start.ts());
    this.channel = start.channel().wireName();
    this.agentId =
        ordered.stream().map(ChatEvent::agentId).filter(a -> a != null).findFirst().orElse(null);
    ChatEvent end =
        ordered.stream().filter(e -> e.type() == EventType.SESSION_END).findFirst().orElse(null);
    this.endMillis = end == null ? null : millis(end);
    this.endReason = end == null ? null : end.endReason();
    this.lastEventMillis = millis(ordered.get(ordered.size() - 1));
    List<PreparedMessage> prepared = new ArrayList<>();
    for (ChatEvent e : ordered) {
      if (e.type() == EventType.MESSAGE) {
        prepared.add(preparer.prepare(prepared.size(), e));
      }
    }
    this.messages = List.copyOf(prepared);
    this.responsibleFrom = responsibleFrom(start, ordered);
  }

  /**
   * The timeline of one session.
   *
   * @param events the session's events in any order; events of other sessions are ignored
   * @throws IllegalArgumentException when no event belongs to the session
   */
  public static SessionTimeline of(
      String sessionId, List<ChatEvent> events, MessagePreparer preparer, SentimentSource source) {
    List<ChatEvent> ordered = new ArrayList<>(events.size());
    for (ChatEvent e : events) {
      if (sessionId.equals(e.sessionId())) {
        ordered.add(e);
      }
    }
    if (ordered.isEmpty()) {
      throw new IllegalArgumentException("no events for session " + sessionId);
    }
    ordered.sort(EventOrder.COMPARATOR);
    Set<String> seen = new HashSet<>();
    ordered.removeIf(e -> !seen.add(e.eventId()));
    return new SessionTimeline(sessionId, ordered, preparer, source);
  }

  // From session start when it opened with an agent; else from the first transfer or the first
  // agent message, whichever came first; null when no agent ever served the session.
  private Long responsibleFrom(ChatEvent start, List<ChatEvent> ordered) {
    if (start.agentId() != null) {
      return millis(start);
    }
    for (ChatEvent e : ordered) {
      boolean agentMessage = e.type() == EventType.MESSAGE && e.role() == Role.AGENT;
      if (e.type() == EventType.TRANSFER || agentMessage) {
        return millis(e);
      }
    }
    return null;
  }

  private static long millis(ChatEvent e) {
    return e.ts().toInstant().toEpochMilli();
  }

  public String sessionId() {
    return sessionId;
  }

  /** Asia/Shanghai day of the session start (or of its first event). */
  public LocalDate day() {
    return day;
  }

  /** First non-null agent id, or null. */
  public String agentId() {
    return agentId;
  }

  public String channel() {
    return channel;
  }

  /** Epoch millis from which an agent answers for the session, or null if none ever did. */
  public Long responsibleFrom() {
    return responsibleFrom;
  }

  /** Epoch millis of the session_end, or null while the session has not ended. */
  public Long endMillis() {
    return endMillis;
  }

  /** The end reason, or null while the session has not ended. */
  public EndReason endReason() {
    return endReason;
  }

  /** Epoch millis of the last event. */
  public long lastEventMillis() {
    return lastEventMillis;
  }

  /** Every message, in order; {@code messages().get(i).index() == i}. */
  public List<PreparedMessage> messages() {
    return messages;
  }

  /**
   * The sentiment of a customer message (NEUTRAL for other roles), asked of the source once per
   * message, or once per session for a source that scores in batches.
   */
  public Sentiment sentimentOf(PreparedMessage message) {
    if (!message.isCustomer()) {
      return Sentiment.NEUTRAL;
    }
    if (sentiments == null) {
      sentiments =
          sentimentSource.scoresInBatches()
              ? scoreCustomerMessages()
              : new Sentiment[messages.size()];
    }
    Sentiment s = sentiments[message.index()];
    if (s == null) {
      s = sentimentSource.sentimentOf(message.text());
      sentiments[message.index()] = s;
    }
    return s;
  }

  // One call for the whole session, so a model scores the customer's messages in one batch.
  private Sentiment[] scoreCustomerMessages() {
    Sentiment[] out = new Sentiment[messages.size()];
    List<String> texts = new ArrayList<>();
    for (PreparedMessage m : messages) {
      if (m.isCustomer()) {
        texts.add(m.text());
      }
    }
    List<Sentiment> scored = sentimentSource.sentimentsOf(texts);
    int k = 0;
    for (PreparedMessage m : messages) {
      out[m.index()] = m.isCustomer() ? scored.get(k++) : Sentiment.NEUTRAL;
    }
    return out;
  }
}
