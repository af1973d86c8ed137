package io.kefu.dashboards.query;

import io.kefu.clickhouse.ClickHouseGateway;
import io.kefu.clickhouse.KefuSchema;
import io.kefu.dashboards.auth.DashboardUser;
import io.kefu.qa.review.Calibration;
import io.kefu.qa.review.CalibrationReport;
import io.kefu.qa.review.QaReviewStore;
import io.kefu.qa.review.RuleCalibration;
import io.kefu.qa.scoring.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The QA review page: the inspection queue with its filters, the sessions to review first, the
 * per-rule calibration and the coverage per day. An agent sees only their own sessions. The
 * transcript is {@link Transcript}, the review actions {@link ReviewActions}.
 */
public final class QaReview {

  /** Coverage below this share of ended sessions raises the page's alert. */
  static final double FULL_COVERAGE = 1.0;

  private final ClickHouseGateway gateway;
  private final QaReviewStore store;
  private final Spotlight spotlight;

  public QaReview(ClickHouseGateway gateway, QaReviewStore store) {
    this.gateway = gateway;
    this.store = store;
    this.spotlight = new Spotlight(gateway, store);
  }

  private String inspections() {
    return gateway.qualify(KefuSchema.QA_INSPECTIONS);
  }

  private String violations() {
    return gateway.qualify(KefuSchema.QA_VIOLATIONS);
  }

  private String reviews() {
    return gateway.qualify(KefuSchema.QA_REVIEWS);
  }

  /** The queue: {@code total} and a page of {@code rows}. */
  public Map<String, Object> queue(Map<String, String> params, DashboardUser viewer) {
    Where where = new Where();
    where.eq(
        "agent_id",
        viewer.isAgent()
            ? SqlValues.literal(viewer.agentId())
            : SqlValues.identifier(params, "agent_id"));
    var day = SqlValues.day(params, "day");
    if (day != null) {
      where.add("day = " + SqlValues.dayLiteral(day));
    }
    Integer min = SqlValues.integer(params, "score_min", 0, 100, null);
    Integer max = SqlValues.integer(params, "score_max", 0, 100, null);
    if (min != null) {
      where.add("score >= " + min);
    }
    if (max != null) {
      where.add("score <= " + max);
    }
    String rule = params.get("rule_id");
    if (rule != null && !rule.isBlank()) {
      where.add(
          "session_id IN (SELECT session_id FROM "
              + violations()
              + " FINAL WHERE rule_id = "
              + SqlValues.literal(SqlValues.rule(rule).id())
              + ")");
    }
    String severity = params.get("severity");
    if (severity != null && !severity.isBlank()) {
      where.add(
          "session_id IN (SELECT session_id FROM "
              + violations()
              + " FINAL WHERE severity = "
              + SqlValues.literal(severity(severity))
              + ")");
    }
    Boolean reviewed = SqlValues.yesNo(params, "reviewed");
    if (reviewed != null) {
      where.add(
          "session_id "
              + (reviewed ? "IN" : "NOT IN")
              + " (SELECT session_id FROM "
              + reviews()
              + " FINAL WHERE kind = 'verdict')");
    }
    String order =
        switch (params.getOrDefault("sort", "score_asc")) {
          case "", "score_asc" -> "score ASC, day DESC, session_id";
          case "score_desc" -> "score DESC, day DESC, session_id";
          case "day_desc" -> "day DESC, score ASC, session_id";
          case "violations_desc" -> "violations DESC, score ASC, session_id";
          default ->
              throw new BadRequestException(
                  "sort must be score_asc, score_desc, day_desc or violations_desc");
        };
    int limit = SqlValues.integer(params, "limit", 1, 500, 50);
    int offset = SqlValues.integer(params, "offset", 0, 10_000_000, 0);
    long total = gateway.queryLong("SELECT count() FROM " + inspections() + " FINAL" + where);
    List<Map<String, Object>> rows =
        gateway.query(
            "SELECT session_id, day, agent_id, channel, score, violations,"
                + " critical FROM "
                + inspections()
                + " FINAL"
                + where
                + " ORDER BY "
                + order
                + " LIMIT "
                + offset
                + ", "
                + limit);
    decorate(rows);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("total", total);
    out.put("rows", rows);
    return out;
  }

  /** Adds each row's rules and whether any of its violations has a verdict. */
  void decorate(List<Map<String, Object>> rows) {
    if (rows.isEmpty()) {
      return;
    }
    String ids =
        rows.stream()
            .map(r -> SqlValues.literal(Rows.asString(r, "session_id")))
            .collect(Collectors.joining(", ", "(", ")"));
    Map<String, Object> rules = new HashMap<>();
    for (Map<String, Object> row :
        gateway.query(
            "SELECT session_id, groupUniqArray(rule_id) AS rules FROM "
                + violations()
                + " FINAL WHERE session_id IN "
                + ids
                + " GROUP BY session_id")) {
      rules.put(Rows.asString(row, "session_id"), row.get("rules"));
    }
    java.util.Set<String> reviewed = new java.util.HashSet<>();
    for (Map<String, Object> row :
        gateway.query(
            "SELECT DISTINCT session_id FROM "
                + reviews()
                + " FINAL WHERE kind = 'verdict' AND session_id IN "
                + ids)) {
      reviewed.add(Rows.asString(row, "session_id"));
    }
    for (Map<String, Object> row : rows) {
      String id = Rows.asString(row, "session_id");
      row.put("critical", Rows.asLong(row, "critical") == 1);
      row.put("rules", rules.getOrDefault(id, List.of()));
      row.put("reviewed", reviewed.contains(id));
    }
  }

  public Map<String, Object> spotlight(DashboardUser viewer) {
    return Map.of("picks", spotlight.picks(viewer));
  }

  public Map<String, Object> calibration() {
    CalibrationReport report = store.calibration(Calibration.DEFAULT_FLOOR);
    List<Map<String, Object>> rules = new ArrayList<>();
    for (RuleCalibration rule : report.rules()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("rule_id", rule.rule().id());
      row.put("hits", rule.hits());
      row.put("reviewed", rule.reviewed());
      row.put("confirmed", rule.confirmed());
      row.put("precision", rule.precision());
      row.put("drifting", rule.drifting());
      rules.add(row);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("floor", report.floor());
    out.put("rules", rules);
    return out;
  }

  public Map<String, Object> coverage() {
    List<Map<String, Object>> days =
        gateway.query(
            "SELECT day, ended, inspected FROM "
                + gateway.qualify(KefuSchema.QA_COVERAGE_DAILY)
                + " FINAL ORDER BY day");
    for (Map<String, Object> row : days) {
      Double coverage = Rows.ratio(Rows.asLong(row, "inspected"), Rows.asLong(row, "ended"));
      row.put("coverage", coverage);
      row.put("alert", coverage != null && coverage < FULL_COVERAGE);
    }
    return Map.of("days", days);
  }

  private static String severity(String value) {
    try {
      return Severity.valueOf(value.strip().toUpperCase(Locale.ROOT))
          .name()
          .toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("severity must be minor, major or critical");
    }
  }
}
