package io.kefu.samples.script;

import io.kefu.core.qa.QaRuleId;
import java.util.Map;

/**
 * One human agent: id, the nickname customers see, working hours (Asia/Shanghai), how often the
 * agent resolves a case, how fast they reply, and per rule the probability of breaking it in a
 * session.
 *
 * @param shiftStart first hour on duty (0–23); the shift may run past midnight
 * @param shiftHours hours on duty
 * @param skill probability of resolving a case the agent handles (before other factors)
 * @param pace multiplier on reply delays (below 1: faster)
 * @param capacity relative share of the sessions routed to the agent while on duty
 */
public record AgentProfile(
    String id,
    String nickname,
    int shiftStart,
    int shiftHours,
    double skill,
    double pace,
    double capacity,
    Map<QaRuleId, Double> breakProbability) {

  public boolean onDuty(int hour) {
    int since = Math.floorMod(hour - shiftStart, 24);
    return since < shiftHours;
  }

  public double breakProbability(QaRuleId rule) {
    return breakProbability.getOrDefault(rule, 0.0);
  }
}
