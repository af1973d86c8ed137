package io.kefu.dags.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefu.cli.CommandLines;
import io.kefu.clickhouse.ClickHouseGateway;
import io.kefu.clickhouse.ClickHouseSettings;
import io.kefu.clickhouse.KefuSchema;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./kefu data-quality}: the checks of the {@code kefu_data_quality} pipeline. From an ingest
 * report, the quarantine rate and the label coverage against their thresholds; from ClickHouse, the
 * drift (PSI) of the day's intent mix and sentiment distribution of customer messages against the
 * reference window before it. A threshold missed fails the command (the DAG's task fails and
 * alerts); drift past its threshold is no failure but a reason to retrain, so it triggers the
 * retrain DAG through the Airflow API when one is configured.
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
    Map<String, Object> line = new LinkedHashMap<>();
    boolean failed = false;
    if (report != null) {
      JsonNode r = new ObjectMapper().readTree(report.toFile());
      long read = r.path("records_read").asLong();
      long quarantined = 0;
      for (JsonNode n : r.path("quarantined")) {
        quarantined += n.asLong();
      }
      double rate = read == 0 ? 0 : (double) quarantined / read;
      double coverage = r.path("label_coverage").path("intent").asDouble();
      line.put("quarantine_rate", rate);
      line.put("intent_label_coverage", coverage);
      failed |= check("quarantine rate", rate, rate <= maxQuarantineRate, "≤ " + maxQuarantineRate);
      failed |=
          check(
              "intent label coverage",
              coverage,
              coverage >= minLabelCoverage,
              "≥ " + minLabelCoverage);
    }
    try (ClickHouseGateway gateway =
        ClickHouseGateway.connect(ClickHouseSettings.fromEnvironment())) {
      String messages = gateway.qualify(KefuSchema.MESSAGES);
      LocalDate checked =
          day != null
              ? day
              : LocalDate.ofEpochDay(
                  gateway.queryLong("SELECT toUInt32(max(day)) FROM " + messages));
      LocalDate from = checked.minusDays(referenceDays);
      line.put("day", checked.toString());
      line.put("reference", from + ".." + checked.minusDays(1));
      boolean drifted = false;
      for (String column : new String[] {"intent", "sentiment"}) {
        Map<String, Long> reference = counts(gateway, messages, column, from, checked.minusDays(1));
        Map<String, Long> current = counts(gateway, messages, column, checked, checked);
        double psi = Drift.psi(reference, current);
        line.put(column + "_psi", psi);
        System.out.printf(
            "data-quality: %s mix on %s against %s..%s: PSI %.3f (%s %.2f)%n",
            column,
            checked,
            from,
            checked.minusDays(1),
            psi,
            psi > maxDrift ? "above" : "within",
            maxDrift);
        drifted |= psi > maxDrift;
      }
      line.put("drifted", drifted);
      if (drifted && retrainDag != null) {
        line.put("retrain", RetrainTrigger.fromEnvironment().trigger(retrainDag, checked));
      }
    }
    line.put("passed", !failed);
    System.out.println(new ObjectMapper().writeValueAsString(line));
    return failed ? CommandLines.FAILED : 0;
  }

  private static boolean check(String what, double value, boolean ok, String threshold) {
    System.out.printf(
        "data-quality: %s %.4f (%s %s)%n", what, value, ok ? "ok," : "MISSED, want", threshold);
    return !ok;
  }

  // Customer messages per label over a day range, each message once (FINAL).
  private static Map<String, Long> counts(
      ClickHouseGateway gateway, String messages, String column, LocalDate from, LocalDate to) {
    Map<String, Long> counts = new TreeMap<>();
    for (Map<String, Object> row :
        gateway.query(
            "SELECT "
                + column
                + " AS label, count() AS n FROM "
                + messages
                + " FINAL WHERE day BETWEEN toDate('"
                + from
                + "') AND toDate('"
                + to
                + "') AND role = 'customer' AND "
                + column
                + " != '' GROUP BY label")) {
      counts.put(String.valueOf(row.get("label")), ((Number) row.get("n")).longValue());
    }
    return counts;
  }

  public static void main(String[] args) {
    System.exit(CommandLines.run(new DataQualityCommand(), args));
  }
}
