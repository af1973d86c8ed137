package io.kefu.samples.script;

import io.kefu.core.event.Channel;
import io.kefu.core.qa.QaRuleId;
import io.kefu.samples.text.AgentStyle;
import io.kefu.samples.text.Faq;
import io.kefu.samples.text.Phrasebook;
import io.kefu.samples.text.Pool;
import io.kefu.samples.text.SessionSlots;
import io.kefu.samples.text.Template;
import io.kefu.samples.text.Utterance;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes agent messages from parts — greeting (or a cold start), apology, the message's core,
 * planted violations, closing — and records on the step which of the marked parts it used. The
 * hard-case parts (a late greeting, a harmless look-alike of a rule's marker, the bare reply to a
 * goodbye) are drawn from the hard-case stream {@code q}.
 */
final class AgentLines {

  private static final String[] JOINERS = {"，", "，", "。", "！", "\n", " ", "~"};

  private final Phrasebook book;

  AgentLines(Phrasebook book) {
    this.book = book;
  }

  Utterance render(
      Step s,
      boolean firstAgent,
      boolean takeover,
      Faq faq,
      Channel channel,
      SessionSlots slots,
      Set<Template> used,
      SplittableRandom r,
      SplittableRandom q) {
    if (s.kind == StepKind.AGENT_AFTER_BYE) {
      return pool(Pool.AGENT_AFTER_BYE, slots, q);
    }
    List<Utterance> parts = new ArrayList<>(5);
    if (firstAgent) {
      if (s.coldOpen) {
        parts.add(pool(Pool.AGENT_COLD_OPEN, slots, r));
      } else {
        parts.add(pool(takeover ? Pool.AGENT_GREETING_TAKEOVER : Pool.AGENT_GREETING, slots, r));
        s.greeting = true;
      }
    }
    if (s.apologize) {
      parts.add(pool(Pool.AGENT_APOLOGY, slots, r));
      s.apology = true;
    }
    boolean closing = s.kind.isClosing();
    if (!closing) {
      core(s, firstAgent, faq, slots, parts, used, r);
    }
    for (QaRuleId rule : s.injected) {
      parts.add(violation(rule, slots, r));
    }
    if (closing) {
      closing(s, slots, parts, r);
    }
    Utterance u = join(parts, r);
    if (s.nearMiss != null) {
      u = join(List.of(u, pool(s.nearMiss, slots, q)), q);
    }
    if (s.lateGreeting) {
      u = join(List.of(pool(Pool.AGENT_GREETING_LATE, slots, q), u), q);
    }
    AgentStyle.apply(u, channel, r);
    return u;
  }

  private void core(
      Step s,
      boolean firstAgent,
      Faq faq,
      SessionSlots slots,
      List<Utterance> parts,
      Set<Template> used,
      SplittableRandom r) {
    StepKind kind = s.kind == StepKind.AGENT_FIRST ? s.core : s.kind;
    switch (kind) {
      case AGENT_HOLD -> parts.add(pool(Pool.AGENT_HOLD, slots, r));
      case AGENT_ASK -> parts.add(pool(Pool.AGENT_ASK_INFO, slots, r));
      case AGENT_FOLLOW_UP -> parts.add(pool(Pool.AGENT_FOLLOW_UP, slots, r));
      case AGENT_STILL_THERE -> parts.add(pool(Pool.AGENT_STILL_THERE, slots, r));
      case AGENT_ANSWER -> parts.add(answer(faq, firstAgent && s.coldOpen, slots, used, r));
      default -> {
        if (firstAgent && s.kind == StepKind.AGENT_GREETING) {
          return;
        }
        parts.add(pool(Pool.AGENT_ACK, slots, r));
      }
    }
    if (kind == StepKind.AGENT_ANSWER && r.nextInt(100) < 8) {
      parts.add(pool(Pool.AGENT_CHECK_MASKED, slots, r));
    }
  }

  private Utterance answer(
      Faq faq, boolean cold, SessionSlots slots, Set<Template> used, SplittableRandom r) {
    Utterance a = Template.pickFresh(faq.answers(), used, r).render(slots, r);
    int u = r.nextInt(100);
    if (!cold && u < 22) {
      a.prepend("亲，");
    } else if (u < 40) {
      return pool(Pool.AGENT_ACK, slots, r).plain("，").append(a);
    }
    return a;
  }

  private void closing(Step s, SessionSlots slots, List<Utterance> parts, SplittableRandom r) {
    if (s.bare) {
      parts.add(pool(Pool.AGENT_BARE_LAST, slots, r));
      return;
    }
    Pool pool =
        switch (s.kind) {
          case AGENT_CLOSING_TIMEOUT -> Pool.AGENT_CLOSING_TIMEOUT;
          case AGENT_CLOSING_TRANSFER -> Pool.AGENT_CLOSING_TRANSFER;
          default -> Pool.AGENT_CLOSING;
        };
    if (s.kind == StepKind.AGENT_CLOSING && s.thanked && r.nextInt(100) < 40) {
      parts.add(new Utterance().plain(r.nextBoolean() ? "不客气" : "不用客气哦"));
    }
    if (s.kind == StepKind.AGENT_CLOSING && r.nextInt(100) < 10) {
      parts.add(pool(Pool.AGENT_RATING_INVITE, slots, r));
    }
    parts.add(pool(pool, slots, r));
    s.closing = true;
  }

  private Utterance violation(QaRuleId rule, SessionSlots slots, SplittableRandom r) {
    Pool pool =
        switch (rule) {
          case FORBIDDEN_WORDS -> Pool.AGENT_FORBIDDEN;
          case IMPROPER_PROMISE -> Pool.AGENT_PROMISE;
          case OFF_PLATFORM_STEERING -> Pool.AGENT_STEERING;
          case REVIEW_SOLICITATION -> Pool.AGENT_SOLICITATION;
          case AGENT_PII_LEAK -> Pool.AGENT_PII_LEAK;
          default -> throw new IllegalArgumentException("not a wording rule: " + rule);
        };
    slots.leakVoice(rule == QaRuleId.AGENT_PII_LEAK);
    try {
      return pool(pool, slots, r);
    } finally {
      slots.leakVoice(false);
    }
  }

  private static Utterance join(List<Utterance> parts, SplittableRandom r) {
    Utterance out = new Utterance();
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        String joiner = JOINERS[r.nextInt(JOINERS.length)];
        String sofar = out.text();
        char last = sofar.isEmpty() ? '\n' : sofar.charAt(sofar.length() - 1);
        if (last == '？' || last == '?' || last == '\n') {
          joiner = r.nextBoolean() ? "" : " ";
        } else if (!joiner.equals("\n")) {
          out.mapLastPlain(AgentLines::trimEnd);
        }
        out.plain(joiner);
      }
      out.append(parts.get(i));
    }
    return out;
  }

  private static String trimEnd(String text) {
    int end = text.length();
    while (end > 1 && "，,。！!~～ ".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return text.substring(0, end);
  }

  private Utterance pool(Pool pool, SessionSlots slots, SplittableRandom r) {
    return book.pick(pool, r).render(slots, r);
  }
}
