package io.kefu.qa.rules;

import io.kefu.core.qa.QaRuleId;
import io.kefu.qa.config.ImproperPromiseConfig;
import io.kefu.qa.phrase.PhraseHit;
import io.kefu.qa.phrase.PhraseMatcher;
import io.kefu.qa.phrase.PhraseMatchers;
import io.kefu.qa.session.PreparedMessage;
import io.kefu.qa.session.SessionTimeline;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code improper_promise}: an agent message promises what policy does not allow: a guaranteed date
 * or outcome or a 100 % claim (保证今天发货, 明天一定到, 百分百), or compensation above the configured amount or
 * of no stated amount (赔偿您 50 元, 给您补偿). Negated or hedged promises (不能保证, 尽量, 帮您申请补偿) do not count.
 * Points at the agent message.
 */
public final class ImproperPromiseRule implements QaRule {

  private static final int AMOUNT_WINDOW = 10;

  private final PhraseMatcher promises;
  private final PhraseMatcher compensation;
  private final int maxYuan;

  public ImproperPromiseRule(ImproperPromiseConfig config, PhraseMatchers matchers) {
    this.promises = matchers.compile(config.promises());
    this.compensation = matchers.compile(config.compensationCues());
    this.maxYuan = config.maxCompensationYuan();
  }

  @Override
  public QaRuleId id() {
    return QaRuleId.IMPROPER_PROMISE;
  }

  @Override
  public List<Finding> inspect(SessionTimeline session) {
    List<Finding> findings = new ArrayList<>(0);
    for (PreparedMessage m : session.messages()) {
      if (m.isAgent()) {
        Finding f = judge(m);
        if (f != null) {
          findings.add(f);
        }
      }
    }
    return findings;
  }

  private Finding judge(PreparedMessage m) {
    PhraseHit promise = promises.first(m.folded());
    if (promise != null) {
      return new Finding(
          m.index(), Evidence.around(m, promise), "客服作出政策不允许的承诺「" + promise.phrase() + "」");
    }
    for (PhraseHit cue : compensation.all(m.folded())) {
      Long amount = Amounts.yuanNear(m.text(), cue.start(), cue.end(), AMOUNT_WINDOW);
      if (amount == null) {
        return new Finding(m.index(), Evidence.around(m, cue), "客服擅自承诺补偿「" + cue.phrase() + "」");
      }
      if (amount > maxYuan) {
        return new Finding(
            m.index(), Evidence.around(m, cue), "客服承诺补偿 " + amount + " 元，超过规定的 " + maxYuan + " 元");
      }
    }
    return null;
  }
}
