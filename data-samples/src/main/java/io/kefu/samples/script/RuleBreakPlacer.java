package io.kefu.samples.script;

import io.kefu.core.qa.QaRuleId;
import io.kefu.samples.truth.Sentiment;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Puts the agent's planned rule breaks into a drafted dialogue: late replies (with the customer
 * sometimes chasing, 在吗？), a first message without greeting, a last message without closing,
 * forbidden words, promises, off-platform steering, review solicitation and data leaks in fitting
 * messages, and — once moods are known — which agent messages apologise.
 */
final class RuleBreakPlacer {

  private RuleBreakPlacer() {}

  /** Timing and wording breaks; call before moods are assigned. */
  static void place(List<Step> s, SessionOutline o, SplittableRandom r) {
    if (!o.hasAgent()) {
      return;
    }
    if (o.breaks(QaRuleId.FIRST_RESPONSE_TIMEOUT)) {
      int first = firstAgent(s);
      s.get(first).lateFirstReply = true;
      chase(s, first, r);
    }
    if (o.breaks(QaRuleId.REPLY_TIMEOUT)) {
      List<Integer> candidates = new ArrayList<>();
      for (int i = firstAgent(s) + 1; i < s.size(); i++) {
        if (s.get(i).isAgent() && s.get(i - 1).isCustomer()) {
          candidates.add(i);
        }
      }
      if (!candidates.isEmpty()) {
        int at = candidates.get(r.nextInt(candidates.size()));
        s.get(at).lateReply = true;
        chase(s, at, r);
      }
    }
    wording(s, o, r);
  }

  /** Decides apologies from the customer's moods; call after {@link MoodArc}. */
  static void apologies(List<Step> s, SessionOutline o, SplittableRandom r) {
    if (o.breaks(QaRuleId.NO_APOLOGY_ON_COMPLAINT)) {
      List<Integer> complaints = new ArrayList<>();
      for (int i = 0; i < s.size(); i++) {
        if (s.get(i).isCustomer()
            && s.get(i).mood == Sentiment.NEGATIVE
            && Step.agentAfter(s, i) >= 0) {
          complaints.add(i);
        }
      }
      if (!complaints.isEmpty()) {
        int next = Step.agentAfter(s, complaints.get(r.nextInt(complaints.size())));
        s.get(next).suppressApology = true;
        int second = Step.agentAfter(s, next);
        if (second >= 0) {
          s.get(second).suppressApology = true;
        }
      }
    }
    boolean pending = false;
    Sentiment lastMood = null;
    for (Step step : s) {
      if (step.isCustomer()) {
        pending |= step.mood == Sentiment.NEGATIVE;
        lastMood = step.mood;
      } else if (step.isAgent()) {
        step.thanked = lastMood == Sentiment.POSITIVE;
        lastMood = null;
        boolean late = step.lateFirstReply || step.lateReply;
        step.apologize = !step.suppressApology && (pending || (late && r.nextBoolean()));
        pending = false;
      }
    }
  }

  private static void wording(List<Step> s, SessionOutline o, SplittableRandom r) {
    if (o.breaks(QaRuleId.MISSING_GREETING)) {
      s.get(firstAgent(s)).coldOpen = true;
    }
    if (o.breaks(QaRuleId.MISSING_CLOSING)) {
      int last = Step.lastAgent(s);
      if (s.get(last).kind == StepKind.AGENT_CLOSING_TIMEOUT) {
        s.remove(last);
      } else {
        s.get(last).bare = true;
      }
    }
    List<Step> carriers =
        s.stream().filter(Step::isAgent).filter(x -> x.kind != StepKind.AGENT_STILL_THERE).toList();
    inject(o, QaRuleId.FORBIDDEN_WORDS, carriers, r);
    inject(o, QaRuleId.IMPROPER_PROMISE, carriers, r);
    inject(o, QaRuleId.OFF_PLATFORM_STEERING, carriers, r);
    inject(o, QaRuleId.AGENT_PII_LEAK, carriers, r);
    if (o.breaks(QaRuleId.REVIEW_SOLICITATION)) {
      Step last = carriers.get(carriers.size() - 1);
      (r.nextInt(100) < 70 ? last : carriers.get(r.nextInt(carriers.size())))
          .injected.add(QaRuleId.REVIEW_SOLICITATION);
    }
  }

  private static void inject(
      SessionOutline o, QaRuleId rule, List<Step> carriers, SplittableRandom r) {
    if (o.breaks(rule)) {
      carriers.get(r.nextInt(carriers.size())).injected.add(rule);
    }
  }

  // A customer left waiting sometimes writes again before the late reply comes.
  private static void chase(List<Step> s, int agentIndex, SplittableRandom r) {
    if (r.nextBoolean()) {
      s.add(agentIndex, new Step(StepKind.WAITING));
    }
  }

  private static int firstAgent(List<Step> s) {
    return Step.agentAfter(s, -1);
  }
}
