package io.kefu.samples.truth;

import io.kefu.core.event.EndReason;
import io.kefu.core.qa.QaRuleId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The reference reading of the quality rules of CONTRACT §5 over what the generator wrote: the
 * truth file's {@code rules_broken} comes from here, whether a break was planted or happened.
 * Readings where the contract leaves room:
 *
 * <ul>
 *   <li>first_response_timeout: first agent message after the first customer message, more than 60
 *       s after it;
 *   <li>reply_timeout: an agent message more than 120 s after the earliest customer message since
 *       the previous agent message (customer messages nobody answers at the end are not counted);
 *   <li>no_apology_on_complaint: a negative customer message followed by at least one agent
 *       message, none of the next two of which apologises;
 *   <li>negative_unresolved, sentiment_drop: first and last customer message sentiments.
 * </ul>
 *
 * Rules about agents apply only where an agent wrote. Stateless.
 */
public final class RuleInspector {

  static final long FIRST_RESPONSE_LIMIT_S = 60;
  static final long REPLY_LIMIT_S = 120;

  private RuleInspector() {}

  /** Every break, ordered by message index, then rule. */
  public static List<RuleBreak> inspect(List<MessageFacts> messages, EndReason endReason) {
    List<RuleBreak> breaks = new ArrayList<>();
    timeouts(messages, breaks);
    agentWording(messages, breaks);
    apologies(messages, breaks);
    sentiment(messages, endReason, breaks);
    breaks.sort(Comparator.comparingInt(RuleBreak::messageIndex).thenComparing(RuleBreak::rule));
    return List.copyOf(breaks);
  }

  private static void timeouts(List<MessageFacts> m, List<RuleBreak> out) {
    int firstCustomer = -1;
    int firstUnanswered = -1;
    boolean agentSeen = false;
    for (int i = 0; i < m.size(); i++) {
      MessageFacts f = m.get(i);
      if (f.isCustomer()) {
        firstCustomer = firstCustomer < 0 ? i : firstCustomer;
        firstUnanswered = firstUnanswered < 0 ? i : firstUnanswered;
      } else if (f.isAgent()) {
        if (!agentSeen && firstCustomer >= 0) {
          agentSeen = true;
          if (f.epochSecond() - m.get(firstCustomer).epochSecond() > FIRST_RESPONSE_LIMIT_S) {
            out.add(new RuleBreak(QaRuleId.FIRST_RESPONSE_TIMEOUT, i));
          }
        }
        if (firstUnanswered >= 0
            && f.epochSecond() - m.get(firstUnanswered).epochSecond() > REPLY_LIMIT_S) {
          out.add(new RuleBreak(QaRuleId.REPLY_TIMEOUT, i));
        }
        firstUnanswered = -1;
      }
    }
  }

  private static void agentWording(List<MessageFacts> m, List<RuleBreak> out) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < m.size(); i++) {
      MessageFacts f = m.get(i);
      if (!f.isAgent()) {
        continue;
      }
      first = first < 0 ? i : first;
      last = i;
      flag(out, ForbiddenWords.containsAny(f.text()), QaRuleId.FORBIDDEN_WORDS, i);
      flag(out, f.leak(), QaRuleId.AGENT_PII_LEAK, i);
      flag(out, f.promise(), QaRuleId.IMPROPER_PROMISE, i);
      flag(out, f.steering(), QaRuleId.OFF_PLATFORM_STEERING, i);
      flag(out, f.solicitation(), QaRuleId.REVIEW_SOLICITATION, i);
    }
    if (first >= 0) {
      flag(out, !m.get(first).greeting(), QaRuleId.MISSING_GREETING, first);
      flag(out, !m.get(last).closing(), QaRuleId.MISSING_CLOSING, last);
    }
  }

  private static void apologies(List<MessageFacts> m, List<RuleBreak> out) {
    for (int i = 0; i < m.size(); i++) {
      if (!m.get(i).isCustomer() || m.get(i).sentiment() != Sentiment.NEGATIVE) {
        continue;
      }
      int agentsSeen = 0;
      boolean apologised = false;
      for (int j = i + 1; j < m.size() && agentsSeen < 2; j++) {
        if (m.get(j).isAgent()) {
          agentsSeen++;
          apologised |= m.get(j).apology();
        }
      }
      flag(out, agentsSeen > 0 && !apologised, QaRuleId.NO_APOLOGY_ON_COMPLAINT, i);
    }
  }

  private static void sentiment(List<MessageFacts> m, EndReason end, List<RuleBreak> out) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < m.size(); i++) {
      if (m.get(i).isCustomer()) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (last < 0) {
      return;
    }
    Sentiment lastMood = m.get(last).sentiment();
    flag(
        out,
        end != EndReason.RESOLVED && lastMood == Sentiment.NEGATIVE,
        QaRuleId.NEGATIVE_UNRESOLVED,
        last);
    flag(out, lastMood.worseThan(m.get(first).sentiment()), QaRuleId.SENTIMENT_DROP, last);
  }

  private static void flag(List<RuleBreak> out, boolean broken, QaRuleId rule, int index) {
    if (broken) {
      out.add(new RuleBreak(rule, index));
    }
  }
}
