package io.kefu.dags.quality;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefu.cli.CommandLines;
import io.kefu.clickhouse.ClickHouseGateway;
import io.kefu.clickhouse.ClickHouseSettings;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./kefu data-quality}: {@link DataQualityCheck} against the configured ClickHouse, the
 * retrain triggered through the Airflow API configured in the environment. A threshold missed exits
 * 1 (the DAG's task fails and alerts).
 */
@Command(
    name = "data-quality",
    mixinStandardHelpOptions = true,
    description = {
      "Quarantine rate and label coverage of an ingest run, and drift of the day's intent mix and"
          + " sentiment distribution against the reference window; triggers a retrain DAG when the"
          + " drift passes its threshold. One JSON line last; exit 1 when a threshold is missed."
    })
public final class DataQualityCommand implements Callable<Integer> {

  @Option(names = "--report", paramLabel = "FILE", description = "an ingest run's report.json")
  Path report;

  @Option(names = "--day", description = "the day to check (default: the latest day in ClickHouse)")
  LocalDate day;

  @Option(
      names = "--reference-days",
      defaultValue = "7",
      description = "days before DAY forming the reference (default ${DEFAULT-VALUE})")
  int referenceDays;

  @Option(
      names = "--max-quarantine-rate",
      defaultValue = "0.05",
      description = "default ${DEFAULT-VALUE}")
  double maxQuarantineRate;

  @Option(
      names = "--min-label-coverage",
      defaultValue = "0.90",
      description = "intent label coverage, default ${DEFAULT-VALUE}")
  double minLabelCoverage;

  @Option(
      names = "--max-drift",
      defaultValue = "0.25",
      description = "PSI above which the mix has drifted (default ${DEFAULT-VALUE})")
  double maxDrift;

  @Option(
      names = "--trigger-retrain",
      paramLabel = "DAG_ID",
      description = "DAG to trigger when drift passes --max-drift (needs KEFU_AIRFLOW_URL)")
  String retrainDag;

  @Override
  public Integer call() throws Exception {
    DataQualityCheck check =
        new DataQualityCheck(maxQuarantineRate, minLabelCoverage, maxDrift, referenceDays);
    Map<String, Object> line;
    try (ClickHouseGateway gateway =
        ClickHouseGateway.connect(ClickHouseSettings.fromEnvironment())) {
      line =
          check.run(
              gateway,
              report,
              day,
              retrainDag,
              retrainDag == null ? null : RetrainTrigger.fromEnvironment(),
              System.out);
    }
    System.out.println(new ObjectMapper().writeValueAsString(line));
    return Boolean.TRUE.equals(line.get("passed")) ? 0 : CommandLines.FAILED;
  }

  public static void main(String[] args) {
    System.exit(CommandLines.run(new DataQualityCommand(), args));
  }
}
