package io.kefu.samples.truth;

import io.kefu.core.qa.QaRuleId;

/**
 * A quality rule a session breaks.
 *
 * @param messageIndex 0-based index among the session's {@code message} events of the evidence: the
 *     late agent reply for the two timeout rules, the complaining customer message for {@code
 *     no_apology_on_complaint}, the last customer message for the two sentiment rules, the
 *     offending agent message otherwise
 */
public record RuleBreak(QaRuleId rule, int messageIndex) {}
