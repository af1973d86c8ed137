package io.kefu.samples.script;

import io.kefu.core.event.EndReason;
import io.kefu.core.qa.QaRuleId;
import io.kefu.samples.text.Pool;
import io.kefu.samples.truth.Sentiment;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Puts the quality rules' hard cases into an agent's dialogue, so that inspection is scored on more
 * than the obvious: replies at exactly 59–61 s and 119–121 s, the shop bot's queue message while
 * the agent is late (a bot never answers), a first reply that is on time from the transfer but not
 * from the customer's first message to the bot, a greeting that comes only in the second agent
 * message, a closing followed by the customer's goodbye and a bare 好的, a system notice after the
 * agent's last message, an apology in the second agent message rather than the first, a customer
 * who leaves the queue before the agent writes, and harmless phrases resembling a rule's marker
 * (滚筒洗衣机, 垃圾袋, 不能保证, 微信支付, 好评率, 138****5678). Draws only from the hard-case stream, so the rest of
 * the session comes out as without them.
 */
final class HardCasePlacer {

  private static final List<Pool> NEAR_MISSES =
      List.of(
          Pool.AGENT_NEAR_FORBIDDEN,
          Pool.AGENT_NEAR_PROMISE,
          Pool.AGENT_NEAR_STEERING,
          Pool.AGENT_NEAR_SOLICITATION,
          Pool.AGENT_CHECK_MASKED);

  private HardCasePlacer() {}

  /** Timing and wording cases; call after {@link RuleBreakPlacer#place} and before moods. */
  static void place(List<Step> s, SessionOutline o, SplittableRandom q) {
    if (!o.hasAgent() || leftInTheQueue(s, o, q)) {
      return;
    }
    firstReply(s, o, q);
    laterReply(s, o, q);
    lateGreeting(s, o, q);
    nearMiss(s, q);
    closing(s, o, q);
    if (q.nextInt(100) < 12) {
      Step notice = new Step(StepKind.BOT_END_NOTICE);
      notice.extra = true;
      s.add(notice);
    }
  }

  /** Moves some apologies to the second agent message; call after {@link RuleBreakPlacer}. */
  static void deferApologies(List<Step> s, SplittableRandom q) {
    for (int i = 0; i < s.size(); i++) {
      Step a = s.get(i);
      if (!a.isAgent() || !a.apologize || a.lateFirstReply || a.lateReply) {
        continue;
      }
      int next = Step.agentAfter(s, i);
      if (next >= 0 && !s.get(next).suppressApology && q.nextInt(100) < 15) {
        a.apologize = false;
        s.get(next).apologize = true;
        i = next;
      }
    }
  }

  // A customer handed to an agent who gives up before the agent writes: the first response is
  // judged on the waiting customer message.
  private static boolean leftInTheQueue(List<Step> s, SessionOutline o, SplittableRandom q) {
    if (o.route() != Route.BOT_THEN_HUMAN
        || o.endReason() != EndReason.ABANDONED
        || q.nextInt(100) >= 10) {
      return false;
    }
    int transfer = 0;
    while (s.get(transfer).kind != StepKind.TRANSFER) {
      transfer++;
    }
    s.subList(transfer + 1, s.size()).clear();
    Step waiting = new Step(StepKind.WAITING);
    waiting.extra = true;
    s.add(waiting);
    return true;
  }

  private static void firstReply(List<Step> s, SessionOutline o, SplittableRandom q) {
    int first = Step.agentAfter(s, -1);
    Step reply = s.get(first);
    int u = q.nextInt(100);
    if (reply.lateFirstReply) {
      reply.pinnedDelay = u < 25 ? 61 : -1;
    } else if (u < 5) {
      reply.pinnedDelay = 59 + q.nextInt(2);
    } else if (u < 17 && o.route() == Route.BOT_THEN_HUMAN) {
      reply.handoffNearMiss = true;
    } else {
      return;
    }
    if (q.nextInt(100) < 45) {
      Step queue = new Step(StepKind.BOT_QUEUE);
      queue.extra = true;
      // A customer chasing the late reply writes after the queue notice, not before it.
      s.add(first > 0 && s.get(first - 1).kind == StepKind.WAITING ? first - 1 : first, queue);
    }
  }

  private static void laterReply(List<Step> s, SessionOutline o, SplittableRandom q) {
    List<Step> candidates = new ArrayList<>();
    for (int i = Step.agentAfter(s, -1) + 1; i < s.size(); i++) {
      Step step = s.get(i);
      if (step.isAgent() && s.get(i - 1).isCustomer()) {
        if (step.lateReply) {
          step.pinnedDelay = q.nextInt(100) < 25 ? 121 : -1;
          return;
        }
        candidates.add(step);
      }
    }
    if (!candidates.isEmpty() && !o.breaks(QaRuleId.REPLY_TIMEOUT) && q.nextInt(100) < 4) {
      candidates.get(q.nextInt(candidates.size())).pinnedDelay = 119 + q.nextInt(2);
    }
  }

  private static void lateGreeting(List<Step> s, SessionOutline o, SplittableRandom q) {
    if (!o.breaks(QaRuleId.MISSING_GREETING) || q.nextInt(100) >= 35) {
      return;
    }
    int second = Step.agentAfter(s, Step.agentAfter(s, -1));
    if (second >= 0 && !s.get(second).kind.isClosing()) {
      s.get(second).lateGreeting = true;
    }
  }

  private static void nearMiss(List<Step> s, SplittableRandom q) {
    int u = q.nextInt(100);
    if (u >= 16) {
      return;
    }
    List<Step> carriers = new ArrayList<>();
    for (Step step : s) {
      boolean answers =
          step.kind == StepKind.AGENT_ANSWER
              || step.kind == StepKind.AGENT_FOLLOW_UP
              || (step.kind == StepKind.AGENT_FIRST && step.core == StepKind.AGENT_ANSWER);
      if (answers && step.injected.isEmpty()) {
        carriers.add(step);
      }
    }
    if (!carriers.isEmpty()) {
      Pool pool = NEAR_MISSES.get(Math.min(u / 3, NEAR_MISSES.size() - 1));
      carriers.get(q.nextInt(carriers.size())).nearMiss = pool;
    }
  }

  // A closing said before the customer's goodbye, answered with a bare 好的: the last agent
  // message closes nothing.
  private static void closing(List<Step> s, SessionOutline o, SplittableRandom q) {
    int last = Step.lastAgent(s);
    Step closing = s.get(last);
    if (!closing.bare
        || closing.kind != StepKind.AGENT_CLOSING
        || o.endReason() != EndReason.RESOLVED
        || o.endMood() != Sentiment.POSITIVE
        || q.nextInt(100) >= 40) {
      return;
    }
    closing.bare = false;
    if (last == s.size() - 1) {
      Step bye = new Step(StepKind.BYE);
      bye.extra = true;
      s.add(bye);
    }
    Step ack = new Step(StepKind.AGENT_AFTER_BYE);
    ack.extra = true;
    s.add(ack);
  }
}
