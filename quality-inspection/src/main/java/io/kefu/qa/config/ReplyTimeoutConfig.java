package io.kefu.qa.config;

import io.kefu.qa.scoring.Severity;
import java.util.List;

/**
 * {@code reply_timeout}: a customer message waits more than {@code thresholdSeconds} for the next
 * agent message.
 *
 * @param acknowledgements customer messages that need no answer (好的, 谢谢, 👍) when nothing follows
 *     them: a streak of only these left unanswered at the session's end is not a violation
 */
public record ReplyTimeoutConfig(
    boolean enabled,
    int weight,
    Severity severity,
    int thresholdSeconds,
    List<String> acknowledgements)
    implements RuleConfig {
  public ReplyTimeoutConfig {
    RuleConfig.check(weight, severity);
    if (thresholdSeconds <= 0) {
      throw new IllegalArgumentException("threshold_seconds must be positive: " + thresholdSeconds);
    }
    acknowledgements = acknowledgements == null ? List.of() : List.copyOf(acknowledgements);
  }
}
