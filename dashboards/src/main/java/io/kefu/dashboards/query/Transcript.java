package io.kefu.dashboards.query;

import io.kefu.clickhouse.ClickHouseGateway;
import io.kefu.clickhouse.KefuSchema;
import io.kefu.core.qa.QaRuleId;
import io.kefu.dashboards.auth.DashboardUser;
import io.kefu.qa.review.Appeal;
import io.kefu.qa.review.QaReviewStore;
import io.kefu.qa.review.Review;
import io.kefu.qa.review.ViolationKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One session for review: its masked transcript in event-time order (a message's position is the
 * {@code message_index} violations point at), its inspection, and each violation with its current
 * verdicts and appeal. An agent may open only their own sessions.
 */
public final class Transcript {

  private final ClickHouseGateway gateway;
  private final QaReviewStore store;

  public Transcript(ClickHouseGateway gateway, QaReviewStore store) {
    this.gateway = gateway;
    this.store = store;
  }

  /** The session's transcript, inspection, violations and their reviews and appeals. */
  public Map<String, Object> session(String sessionId, DashboardUser viewer) {
    String id = SqlValues.sessionId(sessionId);
    List<Map<String, Object>> found =
        gateway.query(
            "SELECT session_id, day, agent_id, customer_id, channel,"
                + " toUInt32(start_ts) AS start_s, toUInt32(end_ts) AS end_s, rating, intent,"
                + " end_reason FROM "
                + gateway.qualify(KefuSchema.SESSIONS)
                + " FINAL WHERE session_id = "
                + id);
    if (found.isEmpty()) {
      throw new NotFoundException("no session " + sessionId);
    }
    Map<String, Object> session = new LinkedHashMap<>(found.get(0));
    if (viewer.isAgent() && !viewer.agentId().equals(Rows.asString(session, "agent_id"))) {
      throw new ForbiddenException("an agent sees only their own sessions");
    }
    session.put("start_ts", Rows.isoSeconds(session, "start_s"));
    session.put("end_ts", Rows.isoSeconds(session, "end_s"));
    session.remove("start_s");
    session.remove("end_s");
    List<Map<String, Object>> inspection =
        gateway.query(
            "SELECT score, violations, critical FROM "
                + gateway.qualify(KefuSchema.QA_INSPECTIONS)
                + " FINAL WHERE session_id = "
                + id);
    session.put("inspected", !inspection.isEmpty());
    if (!inspection.isEmpty()) {
      session.put("score", inspection.get(0).get("score"));
      session.put("violations", inspection.get(0).get("violations"));
      session.put("critical", Rows.asLong(inspection.get(0), "critical") == 1);
    }
    List<Map<String, Object>> messages = new ArrayList<>();
    int index = 0;
    for (Map<String, Object> row :
        gateway.query(
            "SELECT ts_millis, role, text FROM "
                + gateway.qualify(KefuSchema.MESSAGES)
                + " FINAL WHERE session_id = "
                + id
                + " AND type = 'message' ORDER BY ts_millis, event_id")) {
      Map<String, Object> message = new LinkedHashMap<>();
      message.put("index", index++);
      message.put("ts", Instant.ofEpochMilli(Rows.asLong(row, "ts_millis")).toString());
      message.put("role", row.get("role"));
      message.put("text", row.get("text"));
      messages.add(message);
    }
    Map<String, List<Map<String, Object>>> verdicts = new HashMap<>();
    for (Review review : store.sessionReviews(sessionId)) {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("reviewer", review.reviewer());
      v.put("verdict", review.verdict().wireName());
      v.put("comment", review.comment());
      v.put("reviewed_at", review.reviewedAt().toString());
      verdicts.computeIfAbsent(review.key().value(), k -> new ArrayList<>()).add(v);
    }
    Map<String, Appeal> appeals = new HashMap<>();
    for (Appeal appeal : store.sessionAppeals(sessionId)) {
      appeals.put(appeal.key().value(), appeal);
    }
    List<Map<String, Object>> found2 = new ArrayList<>();
    for (Map<String, Object> row :
        gateway.query(
            "SELECT rule_id, severity, weight, message_index, evidence, explanation FROM "
                + gateway.qualify(KefuSchema.QA_VIOLATIONS)
                + " FINAL WHERE session_id = "
                + id
                + " ORDER BY message_index, rule_id")) {
      QaRuleId rule = QaRuleId.fromId(Rows.asString(row, "rule_id"));
      if (rule == null) {
        continue;
      }
      ViolationKey key = new ViolationKey(sessionId, rule, (int) Rows.asLong(row, "message_index"));
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("key", key.value());
      v.putAll(row);
      v.put("verdicts", verdicts.getOrDefault(key.value(), List.of()));
      Appeal appeal = appeals.get(key.value());
      v.put("appeal", appeal == null ? null : ReviewActions.appealJson(appeal));
      found2.add(v);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("session", session);
    out.put("messages", messages);
    out.put("violations", found2);
    return out;
  }
}
