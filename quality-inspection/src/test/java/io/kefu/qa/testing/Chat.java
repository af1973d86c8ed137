package io.kefu.qa.testing;

import io.kefu.core.event.Channel;
import io.kefu.core.event.ChatEvent;
import io.kefu.core.event.EndReason;
import io.kefu.core.event.Role;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a session's events tersely for tests: times are seconds after 2026-03-01 10:00 (+08:00),
 * the agent is {@code a1} once the session is with an agent.
 *
 * <pre>{@code
 * Chat.withAgent("s1").customer(0, "在吗").agent(30, "您好").end(90, EndReason.RESOLVED).events()
 * }</pre>
 */
public final class Chat {

  public static final OffsetDateTime T0 = OffsetDateTime.parse("2026-03-01T10:00:00+08:00");
  public static final String AGENT = "a1";

  private final String sessionId;
  private final List<ChatEvent> events = new ArrayList<>();
  private String agentId;
  private int seq;

  private Chat(String sessionId, String agentId) {
    this.sessionId = sessionId;
    this.agentId = agentId;
    events.add(ChatEvent.sessionStart(header(0)));
  }

  /** A session an agent serves from its start. */
  public static Chat withAgent(String sessionId) {
    return new Chat(sessionId, AGENT);
  }

  /** A session the bot serves until a {@link #transfer}. */
  public static Chat withBot(String sessionId) {
    return new Chat(sessionId, null);
  }

  public Chat customer(double second, String text) {
    events.add(ChatEvent.message(header(second), Role.CUSTOMER, text));
    return this;
  }

  public Chat agent(double second, String text) {
    events.add(ChatEvent.message(header(second), Role.AGENT, text));
    return this;
  }

  public Chat bot(double second, String text) {
    events.add(ChatEvent.message(header(second), Role.BOT, text));
    return this;
  }

  public Chat transfer(double second) {
    agentId = AGENT;
    events.add(ChatEvent.transfer(header(second)));
    return this;
  }

  public Chat end(double second, EndReason reason) {
    events.add(ChatEvent.sessionEnd(header(second), reason));
    return this;
  }

  public Chat csat(double second, int rating) {
    events.add(ChatEvent.csat(header(second), rating));
    return this;
  }

  public String sessionId() {
    return sessionId;
  }

  public List<ChatEvent> events() {
    return List.copyOf(events);
  }

  private ChatEvent.Header header(double second) {
    OffsetDateTime ts = T0.plusNanos(Math.round(second * 1_000_000_000L));
    return new ChatEvent.Header(
        sessionId + "-e" + (seq++), sessionId, "c1", agentId, Channel.APP, ts);
  }
}
