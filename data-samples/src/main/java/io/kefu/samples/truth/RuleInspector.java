package io.kefu.samples.truth;

import io.kefu.core.event.EndReason;
import io.kefu.core.qa.QaRuleId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The reference reading of the quality rules of CONTRACT §5 over what the generator wrote,
 * following the shared QA design: the truth file's {@code qa_violations} comes from here, whether a
 * break was planted or happened. Readings:
 *
 * <ul>
 *   <li>timing counts agent messages only (bot messages never answer) and starts when an agent
 *       became responsible ({@link SessionFacts#agentSince()});
 *   <li>first_response_timeout: the first agent message more than 60 s after the clock start (the
 *       first customer message at or after the agent became responsible, or that moment itself if
 *       the customer wrote before it); exactly 60 s is on time; with no agent message, the session
 *       end more than 60 s after the clock start, pointing at the waiting customer message;
 *   <li>reply_timeout: per unanswered streak of customer messages written while an agent was
 *       responsible, the next agent message (or the session end) more than 120 s after the streak's
 *       first message, pointing at that message;
 *   <li>no_apology_on_complaint: a negative customer message followed by at least one agent
 *       message, none of the next two of which apologises;
 *   <li>negative_unresolved, sentiment_drop: first and last customer message sentiments.
 * </ul>
 *
 * Sessions that never had an agent break only the sentiment rules. Stateless.
 */
public final class RuleInspector {

  public static final long FIRST_RESPONSE_LIMIT_S = 60;
  public static final long REPLY_LIMIT_S = 120;

  private RuleInspector() {}

  /** Every break, ordered by message index, then rule. */
  public static List<RuleBreak> inspect(SessionFacts session) {
    List<RuleBreak> breaks = new ArrayList<>();
    if (session.agentSince() != null) {
      firstResponse(session, breaks);
      replies(session, breaks);
    }
    List<MessageFacts> m = session.messages();
    agentWording(m, breaks);
    apologies(m, breaks);
    sentiment(m, session.endReason(), breaks);
    breaks.sort(Comparator.comparingInt(RuleBreak::messageIndex).thenComparing(RuleBreak::rule));
    return List.copyOf(breaks);
  }

  private static void firstResponse(SessionFacts s, List<RuleBreak> out) {
    List<MessageFacts> m = s.messages();
    long since = s.agentSince();
    int wroteBefore = -1;
    int waiting = -1;
    int firstAgent = -1;
    for (int i = 0; i < m.size() && firstAgent < 0; i++) {
      MessageFacts f = m.get(i);
      if (f.isAgent()) {
        firstAgent = i;
      } else if (f.isCustomer() && f.epochSecond() < since) {
        wroteBefore = i;
      } else if (f.isCustomer() && waiting < 0) {
        waiting = i;
      }
    }
    if (wroteBefore < 0 && waiting < 0) {
      return;
    }
    long clock = wroteBefore >= 0 ? since : m.get(waiting).epochSecond();
    if (firstAgent >= 0) {
      flag(
          out,
          m.get(firstAgent).epochSecond() - clock > FIRST_RESPONSE_LIMIT_S,
          QaRuleId.FIRST_RESPONSE_TIMEOUT,
          firstAgent);
    } else {
      flag(
          out,
          s.endEpochSecond() - clock > FIRST_RESPONSE_LIMIT_S,
          QaRuleId.FIRST_RESPONSE_TIMEOUT,
          waiting >= 0 ? waiting : wroteBefore);
    }
  }

  private static void replies(SessionFacts s, List<RuleBreak> out) {
    List<MessageFacts> m = s.messages();
    int streak = -1;
    for (int i = 0; i < m.size(); i++) {
      MessageFacts f = m.get(i);
      if (f.isCustomer() && streak < 0 && f.epochSecond() >= s.agentSince()) {
        streak = i;
      } else if (f.isAgent()) {
        if (streak >= 0) {
          flag(
              out,
              f.epochSecond() - m.get(streak).epochSecond() > REPLY_LIMIT_S,
              QaRuleId.REPLY_TIMEOUT,
              streak);
        }
        streak = -1;
      }
    }
    if (streak >= 0) {
      flag(
          out,
          s.endEpochSecond() - m.get(streak).epochSecond() > REPLY_LIMIT_S,
          QaRuleId.REPLY_TIMEOUT,
          streak);
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
      flag(out, f.forbidden(), QaRuleId.FORBIDDEN_WORDS, i);
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
