package io.kefu.qa.review;

import java.util.List;

/**
 * The calibration of every rule (CONTRACT §5 order) against the floor it was judged by.
 *
 * @param floor precision below which a reviewed rule is drifting
 */
public record CalibrationReport(double floor, List<RuleCalibration> rules) {

  public CalibrationReport {
    rules = List.copyOf(rules);
  }

  /** The rules whose precision fell below the floor. */
  public List<RuleCalibration> drifting() {
    return rules.stream().filter(RuleCalibration::drifting).toList();
  }
}
