package io.kefu.samples.script;

import io.kefu.core.event.EndReason;
import io.kefu.core.qa.QaRuleId;
import io.kefu.samples.truth.Sentiment;
import java.util.Set;

/**
 * The shape of a session decided before any text: route, agent (null for bot-only), outcome, the
 * customer's starting and final mood, the number of question-answer rounds, the rules the agent
 * will break, and whether the customer opens with a bare greeting.
 */
record SessionOutline(
    Route route,
    AgentProfile agent,
    EndReason endReason,
    Sentiment startMood,
    Sentiment endMood,
    int rounds,
    Set<QaRuleId> breaks,
    boolean greetsFirst) {

  boolean breaks(QaRuleId rule) {
    return breaks.contains(rule);
  }

  boolean hasAgent() {
    return route != Route.BOT_ONLY;
  }
}
