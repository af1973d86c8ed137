package io.kefu.qa.testing;

import io.kefu.core.qa.QaRuleId;
import io.kefu.qa.config.QaRuleSet;
import io.kefu.qa.engine.Inspection;
import io.kefu.qa.engine.InspectionEngine;
import io.kefu.qa.engine.LexiconSentiment;
import io.kefu.qa.engine.Violation;
import java.util.List;

/** The default engine (packaged rules, lexicon sentiment) and shortcuts for rule tests. */
public final class Inspect {

  public static final InspectionEngine ENGINE =
      new InspectionEngine(QaRuleSet.defaults(), LexiconSentiment.packaged());

  private Inspect() {}

  public static Inspection session(Chat chat) {
    return ENGINE.inspect(chat.sessionId(), chat.events());
  }

  /** The violations of one rule. */
  public static List<Violation> violations(Chat chat, QaRuleId rule) {
    return session(chat).violations().stream().filter(v -> v.rule() == rule).toList();
  }

  /**
   * A well-behaved session with one agent line in the middle: greeting, the customer's question,
   * {@code text} (message index 2), a closing. Whether {@code rule} fires on it.
   */
  public static List<Violation> agentLine(String text, QaRuleId rule) {
    Chat chat =
        Chat.withAgent("s-line")
            .customer(0, "在吗 请问订单什么时候发货")
            .agent(10, "您好，很高兴为您服务")
            .agent(20, text)
            .customer(30, "好的")
            .agent(40, "请问还有其他可以帮您的吗？祝您生活愉快")
            .end(50, io.kefu.core.event.EndReason.RESOLVED);
    return violations(chat, rule);
  }
}
