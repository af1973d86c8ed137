package io.kefu.samples.script;

import io.kefu.core.event.Role;
import io.kefu.core.qa.QaRuleId;
import io.kefu.samples.text.Utterance;
import io.kefu.samples.truth.Sentiment;
import java.util.EnumSet;
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
}
