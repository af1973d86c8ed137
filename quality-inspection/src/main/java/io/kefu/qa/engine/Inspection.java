package io.kefu.qa.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The quality inspection of one session: its score and every violation found, with the rule-set
 * version and the sentiment source used, so that a changed rule or model is visible in history.
 *
 * @param day the Asia/Shanghai calendar day the session started
 * @param agentId the first non-null agent id of the session, or null if no agent served it
 * @param channel the channel's wire name (app, web, wechat, mini_program)
 * @param score 0-100: 100 minus the weights of the violated rules, floored at 0; 0 when critical
 * @param critical whether a critical violation (致命项) failed the session
 * @param reviewQueued whether a QA manager must review the session
 * @param violations in message order, then rule order
 * @param ruleSetVersion the first 12 hex digits of the SHA-256 of the effective configuration
 * @param sentimentSource {@code model:sentiment:<version>} or {@code lexicon}
 */
public record Inspection(
    String sessionId,
    LocalDate day,
    String agentId,
    String channel,
    int score,
    boolean critical,
    boolean reviewQueued,
    List<Violation> violations,
    String ruleSetVersion,
    String sentimentSource) {

  public Inspection {
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(ruleSetVersion, "ruleSetVersion");
    Objects.requireNonNull(sentimentSource, "sentimentSource");
    if (score < 0 || score > 100) {
      throw new IllegalArgumentException("a score is 0-100, not " + score);
    }
    violations = List.copyOf(violations);
  }
}
