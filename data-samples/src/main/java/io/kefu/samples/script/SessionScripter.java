package io.kefu.samples.script;

import io.kefu.core.event.Role;
import io.kefu.samples.pii.PiiFactory;
import io.kefu.samples.schedule.IdMint;
import io.kefu.samples.schedule.RandomStreams;
import io.kefu.samples.schedule.RandomStreams.Purpose;
import io.kefu.samples.schedule.SessionPlan;
import io.kefu.samples.text.Faq;
import io.kefu.samples.text.IntentProfile;
import io.kefu.samples.text.Phrasebook;
import io.kefu.samples.text.SessionSlots;
import io.kefu.samples.text.Template;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes the dialogue of one planned session: outline, beats, rule breaks and their hard cases,
 * moods, apologies, text, timing, then events and truth. Each session draws from its own random
 * stream, so the result depends only on the seed and the plan. Thread-safe (no mutable state).
 */
public final class SessionScripter {

  private final Phrasebook book;
  private final RandomStreams streams;
  private final IdMint ids;
  private final OutlinePlanner outlines;
  private final PiiFactory pii = new PiiFactory();
  private final CustomerLines customer;
  private final AgentLines agent;
  private final BotLines bot;

  public SessionScripter(Phrasebook book, RandomStreams streams, IdMint ids) {
    this.book = book;
    this.streams = streams;
    this.ids = ids;
    this.outlines = new OutlinePlanner(new AgentRoster(streams));
    this.customer = new CustomerLines(book);
    this.agent = new AgentLines(book);
    this.bot = new BotLines(book);
  }

  public GeneratedSession script(SessionPlan plan) {
    SplittableRandom r = streams.stream(Purpose.SCRIPT, plan.key());
    SplittableRandom q = streams.stream(Purpose.HARD_CASES, plan.key());
    IntentProfile profile = book.intent(plan.intent());
    Faq faq = profile.faqs().get(plan.faqIndex());
    SessionOutline o = outlines.outline(plan, profile, faq, r);
    List<Step> steps = DialogueDrafter.draft(o, faq, r);
    RuleBreakPlacer.place(steps, o, r);
    HardCasePlacer.place(steps, o, q);
    MoodArc.assign(steps, o, r);
    RuleBreakPlacer.apologies(steps, o, r);
    HardCasePlacer.deferApologies(steps, q);
    render(steps, o, plan, faq, r, q);
    long end = Timeline.assign(steps, o, plan.start().getEpochSecond(), r, q);
    return new DialogueRecorder(ids, plan).assemble(steps, o, faq.id(), end, r);
  }

  private void render(
      List<Step> steps,
      SessionOutline o,
      SessionPlan plan,
      Faq faq,
      SplittableRandom r,
      SplittableRandom q) {
    String nick = o.agent() == null ? "小美" : o.agent().nickname();
    SessionSlots slots = new SessionSlots(book, pii, faq.products(), nick);
    // Identity set, only queried: which phrasings this session used already.
    Set<Template> used = new HashSet<>();
    boolean agentSpoke = false;
    for (Step s : steps) {
      Role role = s.role();
      SplittableRandom own = s.extra ? q : r;
      if (role == Role.CUSTOMER) {
        s.text = customer.render(s, faq, plan, slots, used, own);
      } else if (role == Role.BOT) {
        s.text = bot.render(s, faq, plan.channel(), slots, used, own);
      } else if (role == Role.AGENT) {
        boolean takeover = o.route() == Route.BOT_THEN_HUMAN;
        s.text = agent.render(s, !agentSpoke, takeover, faq, plan.channel(), slots, used, r, q);
        agentSpoke = true;
      }
    }
  }
}
