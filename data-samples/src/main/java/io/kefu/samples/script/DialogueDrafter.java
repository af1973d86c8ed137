package io.kefu.samples.script;

import io.kefu.core.event.EndReason;
import io.kefu.samples.text.Faq;
import io.kefu.samples.truth.Sentiment;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Lays out the beats of a session from its outline: the bot's welcome, the customer's opening
 * (sometimes a bare 在吗 first), the hand-over to a human, question-and-answer rounds (holds,
 * requests for the order number, answers, progress updates) and an ending that fits the end reason.
 * Every customer message in the human phase is followed by an agent message, so that only planted
 * delays can break the reply-time rules.
 */
final class DialogueDrafter {

  private DialogueDrafter() {}

  static List<Step> draft(SessionOutline o, Faq faq, SplittableRandom r) {
    List<Step> s = new ArrayList<>(24);
    boolean hasFollowUps = !faq.followUps().isEmpty();
    switch (o.route()) {
      case BOT_ONLY -> botOnly(o, hasFollowUps, s, r);
      case DIRECT_HUMAN -> {
        if (r.nextInt(100) < 85) {
          s.add(new Step(StepKind.BOT_WELCOME_HUMAN));
        }
        s.add(new Step(StepKind.TRANSFER));
        if (o.greetsFirst()) {
          s.add(new Step(StepKind.GREETING_ONLY));
          s.add(new Step(StepKind.AGENT_GREETING));
        }
        s.add(new Step(StepKind.OPENING));
        human(o, hasFollowUps, pickCore(r, 30, 30), s, r);
      }
      case BOT_THEN_HUMAN -> {
        s.add(new Step(StepKind.BOT_GREETING));
        s.add(new Step(StepKind.OPENING));
        s.add(new Step(r.nextInt(100) < 35 ? StepKind.BOT_CONFUSED : StepKind.BOT_ANSWER));
        s.add(new Step(StepKind.HANDOFF));
        s.add(new Step(StepKind.BOT_HANDOFF));
        s.add(new Step(StepKind.TRANSFER));
        human(o, hasFollowUps, pickCore(r, 15, 35), s, r);
      }
    }
    return s;
  }

  private static void botOnly(
      SessionOutline o, boolean hasFollowUps, List<Step> s, SplittableRandom r) {
    s.add(new Step(StepKind.BOT_GREETING));
    if (o.greetsFirst()) {
      s.add(new Step(StepKind.GREETING_ONLY));
      s.add(new Step(StepKind.BOT_GREETING_REPLY));
    }
    s.add(new Step(StepKind.OPENING));
    s.add(new Step(r.nextInt(100) < 15 ? StepKind.BOT_CONFUSED : StepKind.BOT_ANSWER));
    for (int i = 1; i < o.rounds(); i++) {
      s.add(new Step(hasFollowUps && r.nextBoolean() ? StepKind.INFO : StepKind.FOLLOW));
      s.add(new Step(StepKind.BOT_ANSWER));
    }
    switch (o.endReason()) {
      case RESOLVED -> {
        s.add(new Step(StepKind.FINAL));
        s.add(new Step(StepKind.BOT_BYE));
      }
      case TIMEOUT -> s.add(new Step(StepKind.BOT_TIMEOUT));
      default -> {
        if (r.nextInt(100) < 60) {
          s.add(new Step(StepKind.FINAL));
        }
      }
    }
  }

  private static void human(
      SessionOutline o, boolean hasFollowUps, StepKind core, List<Step> s, SplittableRandom r) {
    s.add(new Step(StepKind.AGENT_FIRST, core));
    if (core == StepKind.AGENT_HOLD) {
      s.add(new Step(answerKind(o, r)));
    }
    boolean asked = core == StepKind.AGENT_ASK;
    for (int i = 1; i < o.rounds() || asked; i++) {
      Step reply =
          new Step(
              asked || (hasFollowUps && r.nextInt(100) < 40) ? StepKind.INFO : StepKind.FOLLOW);
      reply.answersAsk = asked;
      s.add(reply);
      if (r.nextInt(100) < 25) {
        s.add(new Step(hasFollowUps && r.nextBoolean() ? StepKind.INFO : StepKind.FOLLOW));
      }
      asked = false;
      int u = r.nextInt(100);
      if (u < 20) {
        s.add(new Step(StepKind.AGENT_HOLD));
        s.add(new Step(answerKind(o, r)));
      } else if (u < 35 && i + 1 < o.rounds()) {
        s.add(new Step(StepKind.AGENT_ASK));
        asked = true;
      } else {
        s.add(new Step(answerKind(o, r)));
      }
    }
    ending(o, s, r);
  }

  private static void ending(SessionOutline o, List<Step> s, SplittableRandom r) {
    switch (o.endReason()) {
      case RESOLVED -> {
        s.add(new Step(StepKind.FINAL));
        s.add(new Step(StepKind.AGENT_CLOSING));
        if (o.endMood() == Sentiment.POSITIVE && r.nextInt(100) < 35) {
          s.add(new Step(StepKind.BYE));
        }
      }
      case TRANSFERRED -> {
        s.add(new Step(StepKind.FINAL));
        s.add(new Step(StepKind.AGENT_CLOSING_TRANSFER));
      }
      case ABANDONED -> {
        s.add(new Step(StepKind.FINAL));
        s.add(new Step(StepKind.AGENT_CLOSING));
      }
      case TIMEOUT -> {
        s.add(new Step(StepKind.AGENT_STILL_THERE));
        s.add(new Step(StepKind.AGENT_CLOSING_TIMEOUT));
      }
    }
  }

  private static StepKind answerKind(SessionOutline o, SplittableRandom r) {
    int followUpPercent = o.endReason() == EndReason.RESOLVED ? 12 : 45;
    return r.nextInt(100) < followUpPercent ? StepKind.AGENT_FOLLOW_UP : StepKind.AGENT_ANSWER;
  }

  private static StepKind pickCore(SplittableRandom r, int askPercent, int holdPercent) {
    int u = r.nextInt(100);
    return u < askPercent
        ? StepKind.AGENT_ASK
        : u < askPercent + holdPercent ? StepKind.AGENT_HOLD : StepKind.AGENT_ANSWER;
  }
}
