package io.kefu.qa.rules;

import io.kefu.qa.config.QaRuleSet;
import io.kefu.qa.config.RuleConfigs;
import io.kefu.qa.phrase.PhraseMatchers;
import java.util.ArrayList;
import java.util.List;

/** Builds the enabled rules of a rule set, in rule-id order, with their phrase lists compiled. */
public final class RuleBook {

  private RuleBook() {}

  public static List<QaRule> enabled(QaRuleSet ruleSet, PhraseMatchers matchers) {
    RuleConfigs c = ruleSet.rules();
    List<QaRule> all =
        List.of(
            new FirstResponseTimeoutRule(c.firstResponseTimeout()),
            new ReplyTimeoutRule(c.replyTimeout()),
            new ForbiddenWordsRule(c.forbiddenWords(), matchers),
            new MissingGreetingRule(c.missingGreeting(), matchers),
            new MissingClosingRule(c.missingClosing(), matchers),
            new NoApologyOnComplaintRule(c.noApologyOnComplaint(), matchers),
            new AgentPiiLeakRule(c.agentPiiLeak()),
            new NegativeUnresolvedRule(),
            new SentimentDropRule(c.sentimentDrop()),
            new ImproperPromiseRule(c.improperPromise(), matchers),
            new OffPlatformSteeringRule(c.offPlatformSteering(), matchers),
            new ReviewSolicitationRule(c.reviewSolicitation(), matchers));
    List<QaRule> enabled = new ArrayList<>();
    for (QaRule rule : all) {
      if (ruleSet.rule(rule.id()).enabled()) {
        enabled.add(rule);
      }
    }
    return List.copyOf(enabled);
  }
}
