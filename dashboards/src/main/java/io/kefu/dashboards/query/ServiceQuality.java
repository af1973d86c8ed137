package io.kefu.dashboards.query;

import io.kefu.clickhouse.ClickHouseGateway;
import io.kefu.clickhouse.KefuSchema;
import io.kefu.core.metrics.timing.AgentTimingDailyRow;
import io.kefu.core.metrics.timing.SlaSettings;
import io.kefu.dashboards.auth.DashboardUser;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The service-quality page: FCR and CSAT by day (FCR of days still open to re-contacts marked
 * provisional), and both by intent, channel and agent, with each agent's first-response time and
 * SLA-met shares. The ratios are computed from the stored counts here, so every breakdown sums the
 * same facts the stream wrote.
 */
public final class ServiceQuality {

  private final ClickHouseGateway gateway;

  public ServiceQuality(ClickHouseGateway gateway) {
    this.gateway = gateway;
  }

  public Map<String, Object> page(Map<String, String> params, DashboardUser viewer) {
    Scope scope = Scope.of(params, viewer);
    String fcr = gateway.qualify(KefuSchema.FCR_DAILY) + " FINAL" + scope.where(true, true);
    String csat = gateway.qualify(KefuSchema.CSAT_DAILY) + " FINAL" + scope.where(true, true);
    Map<String, Object> out = new LinkedHashMap<>();
    List<Map<String, Object>> fcrByDay =
        gateway.query(
            "SELECT day, sum(issues) AS issues,"
                + " sum(resolved_first_contact) AS resolved, min(final) AS final FROM "
                + fcr
                + " GROUP BY day ORDER BY day");
    for (Map<String, Object> row : fcrByDay) {
      row.put("fcr", Rows.ratio(Rows.asLong(row, "resolved"), Rows.asLong(row, "issues")));
      row.put("provisional", Rows.asLong(row, "final") == 0);
      row.remove("final");
    }
    out.put("fcr_by_day", fcrByDay);
    List<Map<String, Object>> csatByDay =
        gateway.query(
            "SELECT day, sum(rated) AS rated, sum(satisfied) AS satisfied,"
                + " sum(ended) AS ended FROM "
                + csat
                + " GROUP BY day ORDER BY day");
    for (Map<String, Object> row : csatByDay) {
      addCsat(row);
    }
    out.put("csat_by_day", csatByDay);
    out.put("by_intent", breakdown("intent", fcr, csat));
    out.put("by_channel", breakdown("channel", fcr, csat));
    List<Map<String, Object>> byAgent = breakdown("agent_id", fcr, csat);
    Map<String, Map<String, Object>> timing = new LinkedHashMap<>();
    for (Map<String, Object> row :
        gateway.query(
            "SELECT agent_id, sum(sessions) AS sessions, sum(answered) AS answered,"
                + " sum(first_response_seconds_sum) AS frs, sum(first_response_within_sla) AS fsla,"
                + " sum(replies) AS replies, sum(replies_within_sla) AS rsla FROM "
                + gateway.qualify(KefuSchema.AGENT_TIMING_DAILY)
                + " FINAL"
                + scope.where(false, false)
                + " GROUP BY agent_id")) {
      timing.put(Rows.asString(row, "agent_id"), row);
    }
    for (Map<String, Object> row : byAgent) {
      Map<String, Object> t = timing.getOrDefault(Rows.asString(row, "agent_id"), Map.of());
      // core's row holds the SLA definitions (a session never answered misses the SLA)
      AgentTimingDailyRow sums =
          new AgentTimingDailyRow(
              LocalDate.EPOCH,
              Rows.asString(row, "agent_id"),
              Rows.asLong(t, "sessions"),
              Rows.asLong(t, "answered"),
              Rows.asLong(t, "frs"),
              Rows.asLong(t, "fsla"),
              Rows.asLong(t, "replies"),
              0,
              Rows.asLong(t, "rsla"),
              0);
      row.put("sessions", sums.sessions());
      row.put("answered", sums.answered());
      row.put("avg_first_response_s", orNull(sums.meanFirstResponseSeconds()));
      row.put("first_response_sla_pct", share(sums.firstResponseSlaPercent()));
      row.put("reply_sla_pct", share(sums.replySlaPercent()));
    }
    out.put("by_agent", byAgent);
    out.put("first_response_sla_s", SlaSettings.DEFAULT.firstResponse().toSeconds());
    out.put("reply_sla_s", SlaSettings.DEFAULT.reply().toSeconds());
    return out;
  }

  private List<Map<String, Object>> breakdown(String column, String fcr, String csat) {
    Map<String, Map<String, Object>> rows = new java.util.TreeMap<>();
    for (Map<String, Object> row :
        gateway.query(
            "SELECT "
                + column
                + ", sum(issues) AS issues, sum(resolved_first_contact) AS resolved FROM "
                + fcr
                + " GROUP BY "
                + column)) {
      Map<String, Object> out = figures(rows, column, Rows.asString(row, column));
      out.put("issues", Rows.asLong(row, "issues"));
      out.put("resolved", Rows.asLong(row, "resolved"));
      out.put("fcr", Rows.ratio(Rows.asLong(row, "resolved"), Rows.asLong(row, "issues")));
    }
    for (Map<String, Object> row :
        gateway.query(
            "SELECT "
                + column
                + ", sum(rated) AS rated, sum(satisfied) AS satisfied, sum(ended) AS ended FROM "
                + csat
                + " GROUP BY "
                + column)) {
      Map<String, Object> out = figures(rows, column, Rows.asString(row, column));
      out.put("rated", Rows.asLong(row, "rated"));
      out.put("satisfied", Rows.asLong(row, "satisfied"));
      out.put("ended", Rows.asLong(row, "ended"));
      addCsat(out);
    }
    return List.copyOf(rows.values());
  }

  private static Map<String, Object> figures(
      Map<String, Map<String, Object>> rows, String column, String key) {
    return rows.computeIfAbsent(
        key,
        k -> {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put(column, k);
          row.put("issues", 0L);
          row.put("resolved", 0L);
          row.put("fcr", null);
          row.put("rated", 0L);
          row.put("satisfied", 0L);
          row.put("ended", 0L);
          row.put("csat", null);
          row.put("response_rate", null);
          return row;
        });
  }

  private static void addCsat(Map<String, Object> row) {
    long rated = Rows.asLong(row, "rated");
    row.put("csat", Rows.ratio(Rows.asLong(row, "satisfied"), rated));
    row.put("response_rate", Rows.ratio(rated, Rows.asLong(row, "ended")));
  }

  // core gives percent; the API's ratios are 0..1 like every other one
  private static Double share(OptionalDouble percent) {
    return percent.isPresent() ? percent.getAsDouble() / 100 : null;
  }

  private static Double orNull(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }
}
