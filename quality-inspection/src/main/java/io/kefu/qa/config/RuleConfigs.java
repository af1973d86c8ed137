package io.kefu.qa.config;

import io.kefu.core.qa.QaRuleId;
import java.util.Objects;

/** The configuration of each of the twelve rules of CONTRACT §5, keyed in the file by rule id. */
public record RuleConfigs(
    FirstResponseTimeoutConfig firstResponseTimeout,
    ReplyTimeoutConfig replyTimeout,
    ForbiddenWordsConfig forbiddenWords,
    MissingGreetingConfig missingGreeting,
    MissingClosingConfig missingClosing,
    NoApologyOnComplaintConfig noApologyOnComplaint,
    AgentPiiLeakConfig agentPiiLeak,
    NegativeUnresolvedConfig negativeUnresolved,
    SentimentDropConfig sentimentDrop,
    ImproperPromiseConfig improperPromise,
    OffPlatformSteeringConfig offPlatformSteering,
    ReviewSolicitationConfig reviewSolicitation)
    implements java.io.Serializable {

  public RuleConfigs {
    for (QaRuleId id : QaRuleId.values()) {
      Objects.requireNonNull(
          pick(
              id,
              firstResponseTimeout,
              replyTimeout,
              forbiddenWords,
              missingGreeting,
              missingClosing,
              noApologyOnComplaint,
              agentPiiLeak,
              negativeUnresolved,
              sentimentDrop,
              improperPromise,
              offPlatformSteering,
              reviewSolicitation),
          () -> "rules." + id.id() + " is missing");
    }
  }

  /** The configuration of one rule. */
  public RuleConfig of(QaRuleId id) {
    return pick(
        id,
        firstResponseTimeout,
        replyTimeout,
        forbiddenWords,
        missingGreeting,
        missingClosing,
        noApologyOnComplaint,
        agentPiiLeak,
        negativeUnresolved,
        sentimentDrop,
        improperPromise,
        offPlatformSteering,
        reviewSolicitation);
  }

  private static RuleConfig pick(QaRuleId id, RuleConfig... inIdOrder) {
    return inIdOrder[id.ordinal()];
  }
}
