package io.kefu.samples.script;

import io.kefu.core.event.EndReason;
import io.kefu.core.event.EventTimestamps;
import io.kefu.core.qa.QaRuleId;
import io.kefu.core.taxonomy.Intent;
import io.kefu.samples.schedule.ArrivalCurve;
import io.kefu.samples.schedule.SessionPlan;
import io.kefu.samples.text.Faq;
import io.kefu.samples.text.IntentProfile;
import io.kefu.samples.truth.Sentiment;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Draws a session's outline. The causal story the data should tell: complaints start angry, careful
 * agents resolve more, sessions that the customer has to follow up on were resolved less often,
 * unresolved sessions end in a worse mood, and agents break rules at their own rates (the two
 * timeout rules more often in busy hours).
 */
final class OutlinePlanner {

  private final AgentRoster roster;

  OutlinePlanner(AgentRoster roster) {
    this.roster = roster;
  }

  SessionOutline outline(SessionPlan plan, IntentProfile profile, Faq faq, SplittableRandom r) {
    Route route = route(plan.intent(), r);
    int hour = plan.start().atZone(EventTimestamps.BUSINESS_ZONE).getHour();
    AgentProfile agent = route == Route.BOT_ONLY ? null : roster.pick(hour, r);
    Set<QaRuleId> breaks = agent == null ? EnumSet.noneOf(QaRuleId.class) : breaks(agent, hour, r);
    Sentiment start = startMood(plan, profile, faq, r);
    EndReason end = endReason(plan, agent, breaks, r);
    Sentiment endMood = endMood(start, end, breaks, r);
    int rounds = rounds(route, start, r);
    if (breaks.contains(QaRuleId.REPLY_TIMEOUT)) {
      rounds = Math.max(rounds, 2);
    }
    boolean greetsFirst =
        plan.intent() != Intent.OTHER
            && r.nextInt(100)
                < (route == Route.DIRECT_HUMAN ? 25 : route == Route.BOT_ONLY ? 10 : 0);
    return new SessionOutline(
        route,
        agent,
        end,
        start,
        endMood,
        rounds,
        Collections.unmodifiableSet(breaks),
        greetsFirst);
  }

  private static Route route(Intent intent, SplittableRandom r) {
    int u = r.nextInt(100);
    if (intent == Intent.OTHER) {
      return u < 55 ? Route.BOT_ONLY : u < 85 ? Route.DIRECT_HUMAN : Route.BOT_THEN_HUMAN;
    }
    return u < 18 ? Route.BOT_ONLY : u < 55 ? Route.BOT_THEN_HUMAN : Route.DIRECT_HUMAN;
  }

  private static Set<QaRuleId> breaks(AgentProfile agent, int hour, SplittableRandom r) {
    Set<QaRuleId> breaks = EnumSet.noneOf(QaRuleId.class);
    double load = Math.max(0.4, Math.min(1.6, ArrivalCurve.load(hour)));
    for (QaRuleId rule : AgentRoster.AGENT_RULES) {
      double p = agent.breakProbability(rule);
      if (rule == QaRuleId.FIRST_RESPONSE_TIMEOUT || rule == QaRuleId.REPLY_TIMEOUT) {
        p *= load;
      }
      if (rule == QaRuleId.NO_APOLOGY_ON_COMPLAINT) {
        // Only sessions with a complaint can show it; keep it about as frequent as the others.
        p = Math.min(0.6, p * 2.5);
      }
      if (r.nextDouble() < p) {
        breaks.add(rule);
      }
    }
    return breaks;
  }

  private static Sentiment startMood(
      SessionPlan plan, IntentProfile profile, Faq faq, SplittableRandom r) {
    double negative = profile.negativeStart() + (plan.returning() ? 0.25 : 0);
    double u = r.nextDouble();
    if (u < Math.min(0.9, negative) || faq.questions().isEmpty()) {
      return Sentiment.NEGATIVE;
    }
    if (!faq.positiveQuestions().isEmpty() && u > 1 - profile.positiveStart()) {
      return Sentiment.POSITIVE;
    }
    return Sentiment.NEUTRAL;
  }

  private static EndReason endReason(
      SessionPlan plan, AgentProfile agent, Set<QaRuleId> breaks, SplittableRandom r) {
    double resolve = agent == null ? (plan.intent() == Intent.OTHER ? 0.8 : 0.55) : agent.skill();
    resolve *= plan.followedUp() ? 0.45 : 1;
    resolve *= plan.returning() ? 0.85 : 1;
    resolve *= breaks.contains(QaRuleId.FORBIDDEN_WORDS) ? 0.75 : 1;
    if (r.nextDouble() < resolve) {
      return EndReason.RESOLVED;
    }
    int u = r.nextInt(100);
    if (agent == null) {
      return u < 60 ? EndReason.ABANDONED : EndReason.TIMEOUT;
    }
    return u < 25 ? EndReason.TRANSFERRED : u < 60 ? EndReason.ABANDONED : EndReason.TIMEOUT;
  }

  private static Sentiment endMood(
      Sentiment start, EndReason end, Set<QaRuleId> breaks, SplittableRandom r) {
    double u = r.nextDouble();
    if (end == EndReason.RESOLVED) {
      boolean angry = start == Sentiment.NEGATIVE;
      double positive = angry ? 0.45 : 0.62;
      double neutral = angry ? 0.40 : 0.34;
      return u < positive
          ? Sentiment.POSITIVE
          : u < positive + neutral ? Sentiment.NEUTRAL : Sentiment.NEGATIVE;
    }
    double negative = start == Sentiment.NEGATIVE ? 0.7 : 0.4;
    negative += breaks.contains(QaRuleId.FORBIDDEN_WORDS) ? 0.2 : 0;
    return u < negative ? Sentiment.NEGATIVE : Sentiment.NEUTRAL;
  }

  private static int rounds(Route route, Sentiment start, SplittableRandom r) {
    if (route == Route.BOT_ONLY) {
      return 1 + (r.nextInt(100) < 35 ? 1 : 0);
    }
    int rounds = 1;
    while (rounds < 5 && r.nextInt(100) < 45) {
      rounds++;
    }
    return start == Sentiment.NEGATIVE ? Math.min(6, rounds + 1) : rounds;
  }
}
