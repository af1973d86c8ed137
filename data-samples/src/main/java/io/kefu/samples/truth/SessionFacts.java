package io.kefu.samples.truth;

import io.kefu.core.event.EndReason;
import java.util.List;

/**
 * What the rules are judged on for one session.
 *
 * @param messages the session's {@code message} events in time order (all roles)
 * @param agentSince epoch second from which an agent was responsible: session start when it carried
 *     an agent, else the first transfer or the first agent message, whichever came first; null when
 *     the session never had an agent
 * @param endEpochSecond the time of {@code session_end}
 */
public record SessionFacts(
    List<MessageFacts> messages, Long agentSince, long endEpochSecond, EndReason endReason) {

  public SessionFacts {
    messages = List.copyOf(messages);
  }
}
