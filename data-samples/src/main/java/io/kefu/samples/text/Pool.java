package io.kefu.samples.text;

/**
 * The named phrase pools of the phrasebook that are not tied to one FAQ. Which pool a phrase comes
 * from is what the generator knows about it: an agent phrase from {@link #AGENT_APOLOGY} is an
 * apology, one from {@link #AGENT_FORBIDDEN} breaks {@code forbidden_words}, and so on; the other
 * agent pools are kept free of those markers (a test checks it).
 */
public enum Pool {
  CUSTOMER_GREETING("customer.greeting"),
  CUSTOMER_HANDOFF("customer.handoff"),
  CUSTOMER_HANDOFF_NEGATIVE("customer.handoff.negative"),
  CUSTOMER_INFO("customer.info"),
  CUSTOMER_WAITING("customer.waiting"),
  CUSTOMER_WAITING_NEGATIVE("customer.waiting.negative"),
  CUSTOMER_FOLLOW_NEUTRAL("customer.follow.neutral"),
  CUSTOMER_FOLLOW_NEGATIVE("customer.follow.negative"),
  CUSTOMER_FOLLOW_POSITIVE("customer.follow.positive"),
  CUSTOMER_FINAL_POSITIVE("customer.final.positive"),
  CUSTOMER_FINAL_NEUTRAL("customer.final.neutral"),
  CUSTOMER_FINAL_NEGATIVE("customer.final.negative"),
  CUSTOMER_BYE("customer.bye"),
  CUSTOMER_REPEAT("customer.repeat"),
  CUSTOMER_NEGATIVE_TAIL("customer.negative_tail"),
  CUSTOMER_EMERGING_QUALITY("customer.emerging.quality"),
  CUSTOMER_EMERGING_QUALITY_NEGATIVE("customer.emerging.quality.negative"),
  CUSTOMER_EMERGING_REPAIR("customer.emerging.repair"),
  CUSTOMER_EMERGING_REPAIR_NEGATIVE("customer.emerging.repair.negative"),
  AGENT_GREETING("agent.greeting"),
  AGENT_GREETING_TAKEOVER("agent.greeting.takeover"),
  AGENT_GREETING_LATE("agent.greeting.late"),
  AGENT_COLD_OPEN("agent.cold_open"),
  AGENT_APOLOGY("agent.apology"),
  AGENT_HOLD("agent.hold"),
  AGENT_ASK_INFO("agent.ask_info"),
  AGENT_CHECK_MASKED("agent.check_masked"),
  AGENT_FOLLOW_UP("agent.follow_up"),
  AGENT_ACK("agent.ack"),
  AGENT_STILL_THERE("agent.still_there"),
  AGENT_CLOSING("agent.closing"),
  AGENT_CLOSING_TIMEOUT("agent.closing.timeout"),
  AGENT_CLOSING_TRANSFER("agent.closing.transfer"),
  AGENT_BARE_LAST("agent.bare_last"),
  AGENT_RATING_INVITE("agent.rating_invite"),
  AGENT_FORBIDDEN("agent.forbidden"),
  AGENT_PROMISE("agent.promise"),
  AGENT_STEERING("agent.steering"),
  AGENT_SOLICITATION("agent.solicitation"),
  AGENT_PII_LEAK("agent.pii_leak"),
  AGENT_AFTER_BYE("agent.after_bye"),
  AGENT_NEAR_FORBIDDEN("agent.near_miss.forbidden"),
  AGENT_NEAR_PROMISE("agent.near_miss.promise"),
  AGENT_NEAR_STEERING("agent.near_miss.steering"),
  AGENT_NEAR_SOLICITATION("agent.near_miss.solicitation"),
  BOT_GREETING("bot.greeting"),
  BOT_GREETING_REPLY("bot.greeting_reply"),
  BOT_WELCOME_HUMAN("bot.welcome_human"),
  BOT_ANSWER_LEAD("bot.answer_lead"),
  BOT_CONFUSED("bot.confused"),
  BOT_HANDOFF("bot.handoff"),
  BOT_BYE("bot.bye"),
  BOT_TIMEOUT("bot.timeout"),
  BOT_QUEUE("bot.queue"),
  BOT_END_NOTICE("bot.end_notice");

  private final String sectionName;

  Pool(String sectionName) {
    this.sectionName = sectionName;
  }

  /** The name of the {@code @pool} section in the phrasebook file. */
  public String sectionName() {
    return sectionName;
  }

  /** The pool with this section name, or null. */
  public static Pool fromSection(String name) {
    for (Pool p : values()) {
      if (p.sectionName.equals(name)) {
        return p;
      }
    }
    return null;
  }
}
