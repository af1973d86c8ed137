package io.kefu.dashboards.query;

import io.kefu.dashboards.auth.DashboardUser;
import java.time.LocalDate;
import java.util.Map;

/**
 * The filters common to the figures pages, read from the query string: a day range and the
 * dimensions. For an {@code agent} login the agent filter is always the agent's own id, whatever
 * the request says: that is what keeps an agent to their own sessions.
 */
record Scope(LocalDate from, LocalDate to, String agent, String channel, String intent) {

  static Scope of(Map<String, String> params, DashboardUser viewer) {
    LocalDate from = SqlValues.day(params, "from");
    LocalDate to = SqlValues.day(params, "to");
    if (from != null && to != null && from.isAfter(to)) {
      throw new BadRequestException("from " + from + " is after to " + to);
    }
    String agent =
        viewer.isAgent()
            ? SqlValues.literal(viewer.agentId())
            : SqlValues.identifier(params, "agent_id");
    return new Scope(
        from,
        to,
        agent,
        SqlValues.identifier(params, "channel"),
        SqlValues.identifier(params, "intent"));
  }

  /** The day range and the dimensions a table has, as conditions. */
  Where where(boolean hasChannel, boolean hasIntent) {
    Where where = new Where();
    if (from != null) {
      where.add("day >= " + SqlValues.dayLiteral(from));
    }
    if (to != null) {
      where.add("day <= " + SqlValues.dayLiteral(to));
    }
    where.eq("agent_id", agent);
    if (hasChannel) {
      where.eq("channel", channel);
    }
    if (hasIntent) {
      where.eq("intent", intent);
    }
    return where;
  }
}
