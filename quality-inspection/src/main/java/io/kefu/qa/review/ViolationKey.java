package io.kefu.qa.review;

import io.kefu.core.qa.QaRuleId;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Names one violation across runs: {@code session_id:rule_id:message_index}, the key reviews and
 * appeals are filed under (the engine's {@code Violation.key()}). Session ids may themselves hold
 * colons, so the key is read from the right.
 *
 * @param messageIndex 0-based index among the session's messages, or -1 for the whole session
 */
public record ViolationKey(String sessionId, QaRuleId rule, int messageIndex) {

  public ViolationKey {
    if (sessionId == null || sessionId.isBlank()) {
      throw new IllegalArgumentException("a violation key needs a session_id");
    }
    Objects.requireNonNull(rule, "rule");
    if (messageIndex < -1) {
      throw new IllegalArgumentException("message_index must be -1 or more, not " + messageIndex);
    }
  }

  /**
   * Reads {@code session_id:rule_id:message_index}.
   *
   * @throws IllegalArgumentException naming what is wrong with the key
   */
  public static ViolationKey parse(String key) {
    int last = key == null ? -1 : key.lastIndexOf(':');
    int middle = last <= 0 ? -1 : key.lastIndexOf(':', last - 1);
    if (middle <= 0) {
      throw new IllegalArgumentException(
          "violation key '" + key + "' is not session_id:rule_id:message_index");
    }
    String ruleId = key.substring(middle + 1, last);
    QaRuleId rule = QaRuleId.fromId(ruleId);
    if (rule == null) {
      throw new IllegalArgumentException(
          "violation key '" + key + "': unknown rule_id '" + ruleId + "'; accepted: " + ruleIds());
    }
    int index;
    try {
      index = Integer.parseInt(key.substring(last + 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "violation key '" + key + "': message_index is not an integer", e);
    }
    return new ViolationKey(key.substring(0, middle), rule, index);
  }

  /** The key as stored: {@code session_id:rule_id:message_index}. */
  public String value() {
    return sessionId + ":" + rule.id() + ":" + messageIndex;
  }

  @Override
  public String toString() {
    return value();
  }

  static String ruleIds() {
    return Arrays.stream(QaRuleId.values()).map(QaRuleId::id).collect(Collectors.joining("|"));
  }
}
