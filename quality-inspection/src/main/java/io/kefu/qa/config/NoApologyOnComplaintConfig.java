package io.kefu.qa.config;

import io.kefu.qa.scoring.Severity;

/**
 * {@code no_apology_on_complaint}: a customer message that is negative or holds a complaint cue
 * gets no apology in the agent's next {@code agentMessages} messages.
 */
public record NoApologyOnComplaintConfig(
    boolean enabled,
    int weight,
    Severity severity,
    PhraseList apologies,
    PhraseList complaintCues,
    int agentMessages)
    implements RuleConfig {
  public NoApologyOnComplaintConfig {
    RuleConfig.check(weight, severity);
    apologies = apologies == null ? PhraseList.empty() : apologies;
    complaintCues = complaintCues == null ? PhraseList.empty() : complaintCues;
    if (agentMessages < 1) {
      throw new IllegalArgumentException("agent_messages must be at least 1: " + agentMessages);
    }
  }
}
