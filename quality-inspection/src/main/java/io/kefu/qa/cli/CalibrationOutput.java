package io.kefu.qa.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kefu.qa.review.CalibrationReport;
import io.kefu.qa.review.RuleCalibration;
import java.util.Locale;
import java.util.stream.Collectors;

/** A calibration for people (a table and the drifting rules) and for scripts (one JSON object). */
public final class CalibrationOutput {

  private static final ObjectMapper JSON = new ObjectMapper();

  private CalibrationOutput() {}

  public static String table(CalibrationReport report) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%-24s %8s %8s %9s %9s  %s%n",
            "rule",
            "hits",
            "reviewed",
            "confirmed",
            "precision",
            "drifting"));
    for (RuleCalibration r : report.rules()) {
      out.append(
          String.format(
              Locale.ROOT,
              "%-24s %8d %8d %9d %9s  %s%n",
              r.rule().id(),
              r.hits(),
              r.reviewed(),
              r.confirmed(),
              r.precision() == null ? "-" : String.format(Locale.ROOT, "%.3f", r.precision()),
              r.drifting() ? "DRIFTING" : ""));
    }
    String floor = String.format(Locale.ROOT, "%.2f", report.floor());
    if (report.drifting().isEmpty()) {
      out.append("no rule below the precision floor ").append(floor).append('\n');
    } else {
      out.append("drifting (precision below ")
          .append(floor)
          .append("): ")
          .append(
              report.drifting().stream().map(r -> r.rule().id()).collect(Collectors.joining(", ")))
          .append('\n');
    }
    return out.toString();
  }

  public static String json(CalibrationReport report) {
    ObjectNode root = JSON.createObjectNode();
    root.put("floor", report.floor());
    ArrayNode rules = root.putArray("rules");
    for (RuleCalibration r : report.rules()) {
      ObjectNode rule = rules.addObject();
      rule.put("rule_id", r.rule().id());
      rule.put("hits", r.hits());
      rule.put("reviewed", r.reviewed());
      rule.put("confirmed", r.confirmed());
      if (r.precision() == null) {
        rule.putNull("precision");
      } else {
        rule.put("precision", r.precision());
      }
      rule.put("drifting", r.drifting());
    }
    ArrayNode drifting = root.putArray("drifting");
    report.drifting().forEach(r -> drifting.add(r.rule().id()));
    return root.toString();
  }
}
