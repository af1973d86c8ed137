package io.kefu.samples.script;

import io.kefu.core.event.Role;
import io.kefu.core.qa.QaRuleId;
import io.kefu.samples.text.Pool;
import io.kefu.samples.text.Utterance;
import io.kefu.samples.truth.Sentiment;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One beat of a dialogue while it is being written: drafted, given a mood, rendered to text and
 * timed, in that order. Mutable, confined to one session's generation.
 */
final class Step {

  final StepKind kind;

  /** For {@link StepKind#AGENT_FIRST}: what follows the greeting (hold, ask or answer). */
  StepKind core;

  Sentiment mood;
  boolean coldOpen;
  boolean bare;
  boolean apologize;
  boolean suppressApology;
  boolean lateFirstReply;
  boolean lateReply;

  /** A customer message that answers the agent's request for details. */
  boolean answersAsk;

  /** An agent message right after the customer thanked. */
  boolean thanked;

  /**
   * For an agent reply: seconds after the clock start (first reply: as the timing rules measure it)
   * or after the earliest waiting customer message (later replies) at which it comes; -1: free.
   */
  int pinnedDelay = -1;

  /** A first reply within 60 s of the transfer but over 60 s after the customer's first message. */
  boolean handoffNearMiss;

  /** An agent message other than the first that opens with a greeting: the greeting came late. */
  boolean lateGreeting;

  /** A harmless phrase resembling a rule's marker, added to a clean agent message; or null. */
  Pool nearMiss;

  /** A step added for a hard case: written and timed from the hard-case random stream. */
  boolean extra;

  final Set<QaRuleId> injected = EnumSet.noneOf(QaRuleId.class);
  Utterance text;
  boolean greeting;
  boolean closing;
  boolean apology;
  long epochSecond;

  Step(StepKind kind) {
    this.kind = kind;
  }

  Step(StepKind kind, StepKind core) {
    this.kind = kind;
    this.core = core;
  }

  Role role() {
    return kind.role();
  }

  boolean isAgent() {
    return kind.role() == Role.AGENT;
  }

  boolean isCustomer() {
    return kind.role() == Role.CUSTOMER;
  }

  @Override
  public String toString() {
    return kind + (text == null ? "" : ": " + text);
  }

  /** The index of the first agent step after {@code index} in {@code steps}, or -1. */
  static int agentAfter(List<Step> steps, int index) {
    for (int i = index + 1; i < steps.size(); i++) {
      if (steps.get(i).isAgent()) {
        return i;
      }
    }
    return -1;
  }

  /** The index of the last agent step in {@code steps}, or -1. */
  static int lastAgent(List<Step> steps) {
    for (int i = steps.size() - 1; i >= 0; i--) {
      if (steps.get(i).isAgent()) {
        return i;
      }
    }
    return -1;
  }
}
