package io.kefu.dashboards.query;

import io.kefu.clickhouse.ClickHouseGateway;
import io.kefu.clickhouse.KefuSchema;
import io.kefu.core.qa.QaRuleId;
import io.kefu.dashboards.auth.DashboardUser;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The drill-down behind every figure: the sessions matching a day range and any of agent, channel,
 * intent, FAQ cluster, rating bounds and a violated rule ("all sessions of agent Y with CSAT below
 * 3 last week" is {@code agent_id=Y&rating_max=2&from=…&to=…}), a page at a time or all of them for
 * the CSV export.
 */
public final class SessionList {

  /** The most rows one CSV export holds; the export says so when it stops there. */
  public static final int EXPORT_LIMIT = 100_000;

  /** The columns of a row, in the order the CSV writes them. */
  public static final List<String> COLUMNS =
      List.of(
          "session_id",
          "day",
          "agent_id",
          "channel",
          "intent",
          "faq_cluster",
          "rating",
          "turns",
          "first_response_s",
          "end_reason",
          "score");

  private final ClickHouseGateway gateway;

  public SessionList(ClickHouseGateway gateway) {
    this.gateway = gateway;
  }

  public Map<String, Object> page(Map<String, String> params, DashboardUser viewer) {
    String where = where(params, viewer);
    int limit = SqlValues.integer(params, "limit", 1, 500, 50);
    int offset = SqlValues.integer(params, "offset", 0, 10_000_000, 0);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put(
        "total",
        gateway.queryLong(
            "SELECT count() FROM " + gateway.qualify(KefuSchema.SESSIONS) + " FINAL" + where));
    out.put("rows", rows(where, offset, limit));
    return out;
  }

  /** Every matching row up to {@link #EXPORT_LIMIT}, for the CSV export. */
  public List<Map<String, Object>> export(Map<String, String> params, DashboardUser viewer) {
    return rows(where(params, viewer), 0, EXPORT_LIMIT);
  }

  private List<Map<String, Object>> rows(String where, int offset, int limit) {
    List<Map<String, Object>> rows =
        gateway.query(
            "SELECT session_id, day, agent_id, channel, intent, faq_cluster,"
                + " rating, turns, first_response_s, end_reason FROM "
                + gateway.qualify(KefuSchema.SESSIONS)
                + " FINAL"
                + where
                + " ORDER BY day DESC, session_id LIMIT "
                + offset
                + ", "
                + limit);
    Map<String, Object> scores = new HashMap<>();
    for (int from = 0; from < rows.size(); from += 5_000) {
      String ids =
          rows.subList(from, Math.min(rows.size(), from + 5_000)).stream()
              .map(r -> SqlValues.literal(Rows.asString(r, "session_id")))
              .collect(Collectors.joining(", ", "(", ")"));
      for (Map<String, Object> row :
          gateway.query(
              "SELECT session_id, score FROM "
                  + gateway.qualify(KefuSchema.QA_INSPECTIONS)
                  + " FINAL WHERE session_id IN "
                  + ids)) {
        scores.put(Rows.asString(row, "session_id"), row.get("score"));
      }
    }
    for (Map<String, Object> row : rows) {
      row.put("score", scores.get(Rows.asString(row, "session_id")));
      if (Rows.asLong(row, "rating") == 0) {
        row.put("rating", null);
      }
    }
    return rows;
  }

  private String where(Map<String, String> params, DashboardUser viewer) {
    Scope scope = Scope.of(params, viewer);
    Where where = scope.where(true, true);
    where.eq("faq_cluster", SqlValues.identifier(params, "faq_cluster"));
    Integer ratingMin = SqlValues.integer(params, "rating_min", 1, 5, null);
    Integer ratingMax = SqlValues.integer(params, "rating_max", 1, 5, null);
    if (ratingMin != null) {
      where.add("rating >= " + ratingMin);
    }
    if (ratingMax != null) {
      where.add("rating BETWEEN 1 AND " + ratingMax);
    }
    String rule = params.get("rule_id");
    if (rule != null && !rule.isBlank()) {
      QaRuleId id = SqlValues.rule(rule);
      where.add(
          "session_id IN (SELECT session_id FROM "
              + gateway.qualify(KefuSchema.QA_VIOLATIONS)
              + " FINAL WHERE rule_id = "
              + SqlValues.literal(id.id())
              + ")");
    }
    return where.toString();
  }
}
