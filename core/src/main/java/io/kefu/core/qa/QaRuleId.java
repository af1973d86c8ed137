package io.kefu.core.qa;

/**
 * The fixed ids of the quality-inspection rules (CONTRACT §5). Rules are configurable (weights,
 * severities, word lists) but their ids are not: reports, truth files and ClickHouse key on them.
 */
public enum QaRuleId {
  FIRST_RESPONSE_TIMEOUT("first_response_timeout"),
  REPLY_TIMEOUT("reply_timeout"),
  FORBIDDEN_WORDS("forbidden_words"),
  MISSING_GREETING("missing_greeting"),
  MISSING_CLOSING("missing_closing"),
  NO_APOLOGY_ON_COMPLAINT("no_apology_on_complaint"),
  AGENT_PII_LEAK("agent_pii_leak"),
  NEGATIVE_UNRESOLVED("negative_unresolved"),
  SENTIMENT_DROP("sentiment_drop"),
  IMPROPER_PROMISE("improper_promise"),
  OFF_PLATFORM_STEERING("off_platform_steering"),
  REVIEW_SOLICITATION("review_solicitation");

  private final String id;

  QaRuleId(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** The rule with this id, or null. */
  public static QaRuleId fromId(String id) {
    for (QaRuleId rule : values()) {
      if (rule.id.equals(id)) {
        return rule;
      }
    }
    return null;
  }
}
