package io.kefu.samples.script;

import io.kefu.core.event.EndReason;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Times a dialogue, in whole seconds, strictly increasing. Customers type for 5–60 s, bots answer
 * in 1–3 s, agents mostly in 5–50 s scaled by their pace. The QA limits are respected unless a
 * break was planted: the first agent reply comes at most 55 s after the first customer message
 * (planted: 65–115 s, and over 60 s after the transfer), every agent reply at most 110 s after the
 * earliest waiting customer message (planted: 125–420 s). Hard cases pin a reply to an exact delay
 * (59, 60, 61, 119, 120, 121 s) from where the timing rules measure, or put a first reply within 60
 * s of the transfer but over 60 s after the customer's first message to the bot; steps added for
 * hard cases are timed from the hard-case stream {@code q}, the rest exactly as without them.
 */
final class Timeline {

  private static final int FIRST_REPLY_CAP = 55;
  private static final int REPLY_CAP = 110;

  private Timeline() {}

  /**
   * Sets every step's time.
   *
   * @return the time of {@code session_end}
   */
  static long assign(
      List<Step> steps, SessionOutline o, long start, SplittableRandom r, SplittableRandom q) {
    double pace = o.agent() == null ? 1 : o.agent().pace();
    long t = start;
    long firstCustomer = -1;
    long firstUnanswered = -1;
    long transfer = -1;
    boolean agentSeen = false;
    for (int i = 0; i < steps.size(); i++) {
      Step s = steps.get(i);
      Step prev = i == 0 ? null : steps.get(i - 1);
      long ts;
      if (s.extra) {
        ts = t + extraDelay(s, q);
        if (s.isCustomer()) {
          firstCustomer = firstCustomer < 0 ? ts : firstCustomer;
          firstUnanswered = firstUnanswered < 0 ? ts : firstUnanswered;
        } else if (s.isAgent()) {
          firstUnanswered = -1;
        }
      } else if (s.isAgent()) {
        if (firstUnanswered < 0) {
          ts = t + agentUnprompted(s, prev, pace, r);
        } else if (!agentSeen) {
          ts = firstReply(s, t, firstCustomer, transfer, pace, r);
          long clock = transfer >= 0 && firstCustomer < transfer ? transfer : firstCustomer;
          ts = s.pinnedDelay >= 0 ? clock + s.pinnedDelay : ts;
          ts = s.handoffNearMiss ? handoffNearMiss(firstCustomer, transfer, ts, q) : ts;
        } else {
          ts =
              s.lateReply
                  ? firstUnanswered + between(r, 125, 420)
                  : reply(t, firstUnanswered, pace, r);
          ts = s.pinnedDelay >= 0 ? firstUnanswered + s.pinnedDelay : ts;
        }
        agentSeen = true;
        firstUnanswered = -1;
      } else if (s.isCustomer()) {
        ts =
            s.kind == StepKind.WAITING
                ? waiting(steps.get(i + 1), t, firstCustomer, firstUnanswered, r)
                : t + customerDelay(s, prev, r);
        firstCustomer = firstCustomer < 0 ? ts : firstCustomer;
        firstUnanswered = firstUnanswered < 0 ? ts : firstUnanswered;
      } else {
        ts = t + (s.kind == StepKind.BOT_TIMEOUT ? between(r, 300, 600) : between(r, 1, 3));
        transfer = s.kind == StepKind.TRANSFER ? ts : transfer;
      }
      s.epochSecond = Math.max(ts, t + 1);
      t = s.epochSecond;
    }
    return t + endDelay(o.endReason(), steps.get(steps.size() - 1), r);
  }

  private static long firstReply(
      Step s, long t, long firstCustomer, long transfer, double pace, SplittableRandom r) {
    if (s.lateFirstReply) {
      long lo = Math.max(Math.max(firstCustomer + 65, transfer + 62), t + 5);
      long hi = Math.max(lo, firstCustomer + 115);
      return lo + r.nextLong(hi - lo + 1);
    }
    long natural = t + Math.round(between(r, 3, 40) * pace);
    return Math.max(t + 2, Math.min(natural, firstCustomer + FIRST_REPLY_CAP));
  }

  // On time from the transfer, which is when the agent's clock starts, but late from the customer's
  // first message to the bot.
  private static long handoffNearMiss(
      long firstCustomer, long transfer, long planned, SplittableRandom q) {
    if (transfer < 0 || firstCustomer >= transfer) {
      return planned;
    }
    long lo = Math.min(60, Math.max(20, firstCustomer + 61 - transfer));
    return transfer + lo + q.nextLong(60 - lo + 1);
  }

  private static int extraDelay(Step s, SplittableRandom q) {
    return switch (s.kind) {
      case BYE -> between(q, 3, 25);
      case WAITING -> between(q, 20, 90);
      case AGENT_AFTER_BYE -> between(q, 3, 20);
      default -> between(q, 2, 8);
    };
  }

  private static long reply(long t, long firstUnanswered, double pace, SplittableRandom r) {
    int base = r.nextInt(100) < 85 ? between(r, 5, 50) : between(r, 50, 100);
    long natural = t + Math.round(base * pace);
    return Math.max(t + 2, Math.min(natural, firstUnanswered + REPLY_CAP));
  }

  private static int agentUnprompted(Step s, Step prev, double pace, SplittableRandom r) {
    return switch (s.kind) {
      case AGENT_STILL_THERE -> between(r, 90, 240);
      case AGENT_CLOSING_TIMEOUT -> between(r, 120, 300);
      default ->
          (int)
              Math.round(
                  between(r, 15, prev != null && prev.kind == StepKind.AGENT_HOLD ? 90 : 40)
                      * pace);
    };
  }

  private static long waiting(
      Step next, long t, long firstCustomer, long firstUnanswered, SplittableRandom r) {
    long base =
        next.lateFirstReply
            ? firstCustomer + between(r, 30, 52)
            : firstUnanswered + between(r, 60, 110);
    return Math.max(base, t + 3);
  }

  private static int customerDelay(Step s, Step prev, SplittableRandom r) {
    boolean afterCustomer = prev != null && prev.isCustomer();
    return switch (s.kind) {
      case GREETING_ONLY -> between(r, 2, 25);
      case HANDOFF -> between(r, 3, 12);
      case BYE -> between(r, 3, 25);
      case OPENING -> afterCustomer ? between(r, 4, 25) : between(r, 3, 45);
      default -> afterCustomer ? between(r, 4, 30) : typing(r);
    };
  }

  // Mostly quick replies; now and then the customer goes away to check something.
  private static int typing(SplittableRandom r) {
    int u = r.nextInt(100);
    if (u < 7) {
      return between(r, 90, 420);
    }
    return 5 + (int) (55 * Math.pow(r.nextDouble(), 1.6));
  }

  private static int endDelay(EndReason reason, Step last, SplittableRandom r) {
    return switch (reason) {
      case RESOLVED -> last.isCustomer() ? between(r, 5, 60) : between(r, 10, 90);
      case ABANDONED -> between(r, 60, 300);
      case TRANSFERRED -> between(r, 2, 15);
      case TIMEOUT ->
          last.kind == StepKind.AGENT_STILL_THERE ? between(r, 180, 400) : between(r, 1, 10);
    };
  }

  static int between(SplittableRandom r, int lo, int hi) {
    return lo + r.nextInt(hi - lo + 1);
  }
}
