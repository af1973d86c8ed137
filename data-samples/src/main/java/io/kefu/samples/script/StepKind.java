package io.kefu.samples.script;

import io.kefu.core.event.Role;

/** The beats a dialogue is built from; each is a message of one role, or the transfer. */
public enum StepKind {
  BOT_GREETING(Role.BOT),
  BOT_GREETING_REPLY(Role.BOT),
  BOT_WELCOME_HUMAN(Role.BOT),
  BOT_ANSWER(Role.BOT),
  BOT_CONFUSED(Role.BOT),
  BOT_HANDOFF(Role.BOT),
  BOT_BYE(Role.BOT),
  BOT_TIMEOUT(Role.BOT),
  BOT_QUEUE(Role.BOT),
  BOT_END_NOTICE(Role.BOT),
  TRANSFER(null),
  GREETING_ONLY(Role.CUSTOMER),
  OPENING(Role.CUSTOMER),
  HANDOFF(Role.CUSTOMER),
  INFO(Role.CUSTOMER),
  FOLLOW(Role.CUSTOMER),
  WAITING(Role.CUSTOMER),
  FINAL(Role.CUSTOMER),
  BYE(Role.CUSTOMER),
  AGENT_GREETING(Role.AGENT),
  AGENT_FIRST(Role.AGENT),
  AGENT_HOLD(Role.AGENT),
  AGENT_ASK(Role.AGENT),
  AGENT_ANSWER(Role.AGENT),
  AGENT_FOLLOW_UP(Role.AGENT),
  AGENT_STILL_THERE(Role.AGENT),
  AGENT_AFTER_BYE(Role.AGENT),
  AGENT_CLOSING(Role.AGENT),
  AGENT_CLOSING_TIMEOUT(Role.AGENT),
  AGENT_CLOSING_TRANSFER(Role.AGENT);

  private final Role role;

  StepKind(Role role) {
    this.role = role;
  }

  /** Who writes it; null for the transfer. */
  public Role role() {
    return role;
  }

  public boolean isClosing() {
    return this == AGENT_CLOSING || this == AGENT_CLOSING_TIMEOUT || this == AGENT_CLOSING_TRANSFER;
  }
}
