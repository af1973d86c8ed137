package io.kefu.qa.cli;

import io.kefu.clickhouse.ClickHouseGateway;
import io.kefu.clickhouse.ClickHouseSettings;
import io.kefu.clickhouse.KefuSchema;
import io.kefu.qa.review.Calibration;
import io.kefu.qa.review.CalibrationReport;
import io.kefu.qa.review.QaReviewStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./kefu qa calibration}: per rule, hits ({@code qa_violations}), reviewed, confirmed and
 * precision against the QA managers' reviews and appeal rulings ({@code qa_reviews}), and the rules
 * drifting below the floor.
 */
@Command(
    name = "calibration",
    mixinStandardHelpOptions = true,
    description = {
      "Per rule: hits, reviewed, confirmed and precision = confirmed / reviewed",
      "(an overturned appeal counts as wrong); flags the rules whose precision",
      "fell below --floor (drifting from human judgement).",
      "Reads ClickHouse kefu.qa_violations and kefu.qa_reviews."
    })
public final class CalibrationCommand implements Callable<Integer> {

  @Option(
      names = "--floor",
      defaultValue = "" + Calibration.DEFAULT_FLOOR,
      description = "precision below which a rule drifts, 0..1 (default ${DEFAULT-VALUE})")
  double floor;

  @Option(names = "--json", description = "one JSON object instead of the table")
  boolean json;

  @Override
  public Integer call() {
    CalibrationReport report;
    try (ClickHouseGateway gateway =
        ClickHouseGateway.connect(ClickHouseSettings.fromEnvironment())) {
      KefuSchema.create(gateway);
      report = new QaReviewStore(gateway).calibration(floor);
    }
    System.out.print(
        json ? CalibrationOutput.json(report) + "\n" : CalibrationOutput.table(report));
    return 0;
  }
}
