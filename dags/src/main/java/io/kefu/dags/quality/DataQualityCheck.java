package io.kefu.dags.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefu.clickhouse.ClickHouseGateway;
import io.kefu.clickhouse.KefuSchema;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The checks of the {@code kefu_data_quality} pipeline. From an ingest report: the quarantine rate
 * and the intent label coverage against their thresholds (a miss fails the check). From ClickHouse:
 * the drift (PSI) of the day's intent mix and sentiment distribution of customer messages against
 * the reference days before it; drift past its threshold is no failure but a reason to retrain, so
 * it triggers the retrain DAG.
 *
 * @param referenceDays days before the checked day that form the reference
 */
public record DataQualityCheck(
    double maxQuarantineRate, double minLabelCoverage, double maxDrift, int referenceDays) {

  /** The figures as one JSON-ready map; {@code passed} false when a threshold was missed. */
  public Map<String, Object> run(
      ClickHouseGateway gateway,
      Path report,
      LocalDate day,
      String retrainDag,
      RetrainTrigger trigger,
      PrintStream out) {
    Map<String, Object> line = new LinkedHashMap<>();
    boolean failed = false;
    if (report != null) {
      JsonNode r;
      try {
        r = new ObjectMapper().readTree(report.toFile());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the ingest report " + report, e);
      }
      long read = r.path("records_read").asLong();
      long quarantined = 0;
      for (JsonNode n : r.path("quarantined")) {
        quarantined += n.asLong();
      }
      double rate = read == 0 ? 0 : (double) quarantined / read;
      double coverage = r.path("label_coverage").path("intent").asDouble();
      line.put("quarantine_rate", rate);
      line.put("intent_label_coverage", coverage);
      failed |=
          missed(out, "quarantine rate", rate, rate <= maxQuarantineRate, "≤ " + maxQuarantineRate);
      failed |=
          missed(
              out,
              "intent label coverage",
              coverage,
              coverage >= minLabelCoverage,
              "≥ " + minLabelCoverage);
    }
    String messages = gateway.qualify(KefuSchema.MESSAGES);
    LocalDate checked =
        day != null
            ? day
            : LocalDate.ofEpochDay(gateway.queryLong("SELECT toUInt32(max(day)) FROM " + messages));
    LocalDate from = checked.minusDays(referenceDays);
    line.put("day", checked.toString());
    line.put("reference", from + ".." + checked.minusDays(1));
    boolean drifted = false;
    for (String column : new String[] {"intent", "sentiment"}) {
      double psi =
          Drift.psi(
              counts(gateway, messages, column, from, checked.minusDays(1)),
              counts(gateway, messages, column, checked, checked));
      line.put(column + "_psi", psi);
      out.printf(
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
      String triggered = trigger.trigger(retrainDag, checked);
      out.println("data-quality: " + triggered);
      line.put("retrain", triggered);
    }
    line.put("passed", !failed);
    return line;
  }

  private static boolean missed(
      PrintStream out, String what, double value, boolean ok, String threshold) {
    out.printf(
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
}
