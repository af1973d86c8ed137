package io.kefu.samples.script;

/** How a session is served. */
public enum Route {
  /** The bot answers and the session ends without a human. */
  BOT_ONLY,
  /** The bot answers first, the customer asks for a human, the session is transferred. */
  BOT_THEN_HUMAN,
  /** The shop routes the customer to a human straight away (the bot only says hello). */
  DIRECT_HUMAN
}
