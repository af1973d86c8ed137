package io.kefu.qa.rules;

import io.kefu.core.qa.QaRuleId;
import io.kefu.qa.config.NoApologyOnComplaintConfig;
import io.kefu.qa.engine.Sentiment;
import io.kefu.qa.phrase.PhraseHit;
import io.kefu.qa.phrase.PhraseMatcher;
import io.kefu.qa.phrase.PhraseMatchers;
import io.kefu.qa.session.PreparedMessage;
import io.kefu.qa.session.SessionTimeline;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code no_apology_on_complaint}: a customer message that is negative (sentiment source) or holds
 * a complaint cue (投诉, 骗子, 退钱) gets no apology in the agent's next messages (two by default).
 * Points at the complaining message; further complaints before the agent's next message belong to
 * the same finding. A complaint the agent never answers is the timeout rules' business.
 */
public final class NoApologyOnComplaintRule implements QaRule {

  private final PhraseMatcher apologies;
  private final PhraseMatcher complaints;
  private final int agentMessages;

  public NoApologyOnComplaintRule(NoApologyOnComplaintConfig config, PhraseMatchers matchers) {
    this.apologies = matchers.compile(config.apologies());
    this.complaints = matchers.compile(config.complaintCues());
    this.agentMessages = config.agentMessages();
  }

  @Override
  public QaRuleId id() {
    return QaRuleId.NO_APOLOGY_ON_COMPLAINT;
  }

  @Override
  public List<Finding> inspect(SessionTimeline session) {
    List<Finding> findings = new ArrayList<>(1);
    List<PreparedMessage> messages = session.messages();
    int lastAgent = -1;
    for (PreparedMessage m : messages) {
      lastAgent = m.isAgent() ? m.index() : lastAgent;
    }
    int judgedUpTo = -1;
    for (PreparedMessage m : messages) {
      if (m.index() >= lastAgent) {
        break;
      }
      if (!m.isCustomer() || m.index() <= judgedUpTo) {
        continue;
      }
      PhraseHit cue = complaints.first(m.folded());
      if (cue == null && session.sentimentOf(m) != Sentiment.NEGATIVE) {
        continue;
      }
      int answered = 0;
      boolean apologised = false;
      for (int k = m.index() + 1; k < messages.size() && answered < agentMessages; k++) {
        PreparedMessage reply = messages.get(k);
        if (reply.isAgent()) {
          judgedUpTo = answered == 0 ? k : judgedUpTo;
          answered++;
          apologised |= apologies.matches(reply.folded());
        }
      }
      if (answered > 0 && !apologised) {
        String evidence = cue != null ? Evidence.around(m, cue) : Evidence.of(m);
        String what = cue != null ? "客户投诉「" + cue.phrase() + "」" : "客户表达不满";
        findings.add(new Finding(m.index(), evidence, what + "后，客服随后 " + answered + " 条消息都没有致歉"));
      }
    }
    return findings;
  }
}
