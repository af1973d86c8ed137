package io.kefu.dashboards.query;

import io.kefu.clickhouse.ClickHouseGateway;
import io.kefu.clickhouse.KefuSchema;
import io.kefu.core.qa.QaRuleId;
import io.kefu.dashboards.auth.DashboardUser;
import io.kefu.qa.review.Appeal;
import io.kefu.qa.review.Calibration;
import io.kefu.qa.review.CalibrationReport;
import io.kefu.qa.review.QaReviewStore;
import io.kefu.qa.review.Review;
import io.kefu.qa.review.RuleCalibration;
import io.kefu.qa.review.Ruling;
import io.kefu.qa.review.Verdict;
import io.kefu.qa.review.ViolationKey;
import io.kefu.qa.scoring.Severity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The QA review page: the inspection queue with its filters, the sessions to review first, a
 * session's masked transcript with its violations and their reviews, and the review actions
 * (verdicts, appeals, rulings) through {@link QaReviewStore}, whose {@code AppealRules} decide what
 * is allowed. An agent sees only their own sessions and may only appeal.
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
              + SqlValues.literal(rule(rule).id())
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
                + inspections()
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
                + violations()
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
      v.put("appeal", appeal == null ? null : appealJson(appeal));
      found2.add(v);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("session", session);
    out.put("messages", messages);
    out.put("violations", found2);
    return out;
  }

  /** A QA manager's verdict on one violation. */
  public Map<String, Object> verdict(Map<String, Object> body, DashboardUser viewer) {
    ViolationKey key = existingViolation(body);
    Verdict verdict = parse(() -> Verdict.parse(text(body, "verdict")));
    Review review =
        store.recordVerdict(key, viewer.username(), viewer.role(), verdict, text(body, "comment"));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("key", review.key().value());
    out.put("reviewer", review.reviewer());
    out.put("verdict", review.verdict().wireName());
    out.put("comment", review.comment());
    out.put("reviewed_at", review.reviewedAt().toString());
    return out;
  }

  /** An agent's appeal against a violation of one of their own sessions. */
  public Map<String, Object> appeal(Map<String, Object> body, DashboardUser viewer) {
    if (!viewer.isAgent()) {
      throw new ForbiddenException("appeals are filed by the agent of the session");
    }
    ViolationKey key = existingViolation(body);
    String owner =
        Rows.asString(
            gateway
                .query(
                    "SELECT agent_id FROM "
                        + gateway.qualify(KefuSchema.SESSIONS)
                        + " FINAL WHERE session_id = "
                        + SqlValues.sessionId(key.sessionId()))
                .stream()
                .findFirst()
                .orElse(Map.of()),
            "agent_id");
    if (!viewer.agentId().equals(owner)) {
      throw new ForbiddenException("an agent may appeal only violations of their own sessions");
    }
    String comment = text(body, "comment");
    if (comment.isBlank()) {
      throw new BadRequestException("an appeal needs a comment saying why");
    }
    return appealJson(store.fileAppeal(key, viewer.agentId(), comment));
  }

  /** A QA manager's final ruling on an open appeal. */
  public Map<String, Object> ruling(Map<String, Object> body, DashboardUser viewer) {
    ViolationKey key = existingViolation(body);
    Ruling ruling = parse(() -> Ruling.parse(text(body, "ruling")));
    return appealJson(
        store.ruleAppeal(key, viewer.username(), viewer.role(), ruling, text(body, "comment")));
  }

  public Map<String, Object> appeals(Map<String, String> params, DashboardUser viewer) {
    Boolean open = SqlValues.yesNo(params, "open");
    List<Map<String, Object>> out = new ArrayList<>();
    for (Appeal appeal : store.allAppeals()) {
      if ((open == null || open == appeal.isOpen())
          && (!viewer.isAgent() || viewer.agentId().equals(appeal.agentId()))) {
        out.add(appealJson(appeal));
      }
    }
    return Map.of("appeals", out);
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

  private ViolationKey existingViolation(Map<String, Object> body) {
    String sessionId = text(body, "session_id");
    SqlValues.sessionId(sessionId);
    QaRuleId rule = rule(text(body, "rule_id"));
    Object index = body.get("message_index");
    if (!(index instanceof Number n) || n.longValue() < -1 || n.longValue() > 100_000) {
      throw new BadRequestException("message_index must be an integer of -1 or more");
    }
    ViolationKey key = new ViolationKey(sessionId, rule, n.intValue());
    long found =
        gateway.queryLong(
            "SELECT count() FROM "
                + violations()
                + " FINAL WHERE session_id = "
                + SqlValues.literal(sessionId)
                + " AND rule_id = "
                + SqlValues.literal(rule.id())
                + " AND message_index = "
                + key.messageIndex());
    if (found == 0) {
      throw new NotFoundException("no violation " + key.value());
    }
    return key;
  }

  static Map<String, Object> appealJson(Appeal appeal) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("key", appeal.key().value());
    out.put("session_id", appeal.key().sessionId());
    out.put("rule_id", appeal.key().rule().id());
    out.put("message_index", appeal.key().messageIndex());
    out.put("agent_id", appeal.agentId());
    out.put("comment", appeal.comment());
    out.put("filed_at", appeal.filedAt().toString());
    out.put("open", appeal.isOpen());
    out.put("ruling", appeal.ruling() == null ? null : appeal.ruling().wireName());
    out.put("ruled_by", appeal.ruledBy());
    out.put("ruling_comment", appeal.rulingComment());
    out.put("ruled_at", appeal.ruledAt() == null ? null : appeal.ruledAt().toString());
    return out;
  }

  private static QaRuleId rule(String id) {
    QaRuleId rule = id == null ? null : QaRuleId.fromId(id.strip());
    if (rule == null) {
      throw new BadRequestException(
          "rule_id '" + SqlValues.shorten(String.valueOf(id)) + "' is not a QA rule");
    }
    return rule;
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

  private static String text(Map<String, Object> body, String field) {
    Object value = body.get(field);
    if (value != null && !(value instanceof String)) {
      throw new BadRequestException(field + " must be a string");
    }
    String text = value == null ? "" : (String) value;
    if (text.length() > 2000) {
      throw new BadRequestException(field + " is longer than 2000 characters");
    }
    return text;
  }

  private static <T> T parse(java.util.function.Supplier<T> parser) {
    try {
      return parser.get();
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(e.getMessage());
    }
  }
}
