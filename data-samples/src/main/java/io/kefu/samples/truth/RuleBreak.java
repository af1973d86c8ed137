package io.kefu.samples.truth;

import io.kefu.core.qa.QaRuleId;

/**
 * A quality rule a session breaks, as written to {@code qa_violations} of the truth file.
 *
 * @param messageIndex 0-based index among the session's {@code message} events (all roles, time
 *     order) where the rule points, as the QA design defines it: the first agent message for {@code
 *     first_response_timeout} (the waiting customer message when no agent ever replied), the first
 *     customer message of the unanswered streak for {@code reply_timeout}, the complaining customer
 *     message for {@code no_apology_on_complaint}, the last customer message for the two sentiment
 *     rules, the first / last agent message for the greeting / closing rules, the offending agent
 *     message otherwise
 */
public record RuleBreak(QaRuleId rule, int messageIndex) {}
