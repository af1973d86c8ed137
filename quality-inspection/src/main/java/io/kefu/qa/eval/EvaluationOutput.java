package io.kefu.qa.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * An evaluation for people (a table, one rule a line) and for scripts (one JSON object; the command
 * prints it last).
 */
public final class EvaluationOutput {

  private static final ObjectMapper JSON = new ObjectMapper();

  private EvaluationOutput() {}

  public static String table(ViolationEvaluation e) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%-24s %6s %6s %6s %9s %7s%n",
            "rule",
            "TP",
            "FP",
            "FN",
            "precision",
            "recall"));
    for (RuleScore r : e.rules()) {
      out.append(row(r));
    }
    out.append(row(e.all()));
    out.append(
        String.format(
            Locale.ROOT,
            "%d sessions in the truth, %d of them not inspected%n",
            e.truthSessions(),
            e.truthSessionsNotInspected()));
    return out.toString();
  }

  public static ObjectNode json(ViolationEvaluation e) {
    ObjectNode root = JSON.createObjectNode();
    root.put("truth_sessions", e.truthSessions());
    root.put("truth_sessions_not_inspected", e.truthSessionsNotInspected());
    ObjectNode rules = root.putObject("rules");
    for (RuleScore r : e.rules()) {
      rules.set(r.rule(), score(r));
    }
    root.set("all", score(e.all()));
    return root;
  }

  private static ObjectNode score(RuleScore r) {
    ObjectNode node = JSON.createObjectNode();
    node.put("tp", r.tp());
    node.put("fp", r.fp());
    node.put("fn", r.fn());
    putRatio(node, "precision", r.precision());
    putRatio(node, "recall", r.recall());
    return node;
  }

  private static void putRatio(ObjectNode node, String field, Double value) {
    if (value == null) {
      node.putNull(field);
    } else {
      node.put(field, Math.round(value * 10_000) / 10_000.0);
    }
  }

  private static String row(RuleScore r) {
    return String.format(
        Locale.ROOT,
        "%-24s %6d %6d %6d %9s %7s%n",
        r.rule(),
        r.tp(),
        r.fp(),
        r.fn(),
        ratio(r.precision()),
        ratio(r.recall()));
  }

  private static String ratio(Double value) {
    return value == null ? "-" : String.format(Locale.ROOT, "%.3f", value);
  }
}
