package io.kefu.samples.script;

import io.kefu.core.event.Channel;
import io.kefu.samples.text.AgentStyle;
import io.kefu.samples.text.Faq;
import io.kefu.samples.text.Phrasebook;
import io.kefu.samples.text.Pool;
import io.kefu.samples.text.SessionSlots;
import io.kefu.samples.text.Template;
import io.kefu.samples.text.Utterance;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes the shop bot's messages: welcome, canned FAQ answers, confusion, hand-over, goodbye, and
 * the system notices sent while the customer waits in the agent queue or after the agent left.
 */
final class BotLines {

  private final Phrasebook book;

  BotLines(Phrasebook book) {
    this.book = book;
  }

  Utterance render(
      Step s,
      Faq faq,
      Channel channel,
      SessionSlots slots,
      Set<Template> used,
      SplittableRandom r) {
    Utterance u =
        switch (s.kind) {
          case BOT_GREETING -> pool(Pool.BOT_GREETING, slots, r);
          case BOT_GREETING_REPLY -> pool(Pool.BOT_GREETING_REPLY, slots, r);
          case BOT_WELCOME_HUMAN -> pool(Pool.BOT_WELCOME_HUMAN, slots, r);
          case BOT_CONFUSED -> pool(Pool.BOT_CONFUSED, slots, r);
          case BOT_HANDOFF -> pool(Pool.BOT_HANDOFF, slots, r);
          case BOT_BYE -> pool(Pool.BOT_BYE, slots, r);
          case BOT_TIMEOUT -> pool(Pool.BOT_TIMEOUT, slots, r);
          case BOT_QUEUE -> pool(Pool.BOT_QUEUE, slots, r);
          case BOT_END_NOTICE -> pool(Pool.BOT_END_NOTICE, slots, r);
          default -> answer(faq, slots, used, r);
        };
    AgentStyle.apply(u, channel, r);
    return u;
  }

  private Utterance answer(Faq faq, SessionSlots slots, Set<Template> used, SplittableRandom r) {
    Utterance a = Template.pickFresh(faq.answers(), used, r).render(slots, r);
    if (r.nextInt(100) < 60) {
      return pool(Pool.BOT_ANSWER_LEAD, slots, r).plain(r.nextBoolean() ? "\n" : "").append(a);
    }
    return a;
  }

  private Utterance pool(Pool pool, SessionSlots slots, SplittableRandom r) {
    return book.pick(pool, r).render(slots, r);
  }
}
