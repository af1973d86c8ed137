package io.kefu.qa.review;

import io.kefu.core.qa.QaRuleId;

/**
 * One rule's agreement with the QA managers.
 *
 * @param hits violations of the rule found (in {@code qa_violations})
 * @param reviewed violations judged by a verdict or a final appeal ruling
 * @param confirmed judged violations found correct
 * @param precision confirmed / reviewed, null when nothing was reviewed
 * @param drifting whether precision is below the calibration floor
 */
public record RuleCalibration(
    QaRuleId rule, long hits, long reviewed, long confirmed, Double precision, boolean drifting) {}
