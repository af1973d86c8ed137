package io.kefu.dashboards.query;

import io.kefu.clickhouse.ClickHouseGateway;
import io.kefu.clickhouse.KefuSchema;
import io.kefu.core.qa.QaRuleId;
import io.kefu.dashboards.auth.DashboardUser;
import io.kefu.qa.review.Appeal;
import io.kefu.qa.review.QaReviewStore;
import io.kefu.qa.review.Review;
import io.kefu.qa.review.Ruling;
import io.kefu.qa.review.Verdict;
import io.kefu.qa.review.ViolationKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The review actions through {@link QaReviewStore}, whose {@code AppealRules} decide what is
 * allowed: a QA manager's verdict on a violation, an agent's appeal against a violation of their
 * own session, a QA manager's final ruling, and the list of appeals. Each action first checks that
 * the violation exists.
 */
public final class ReviewActions {

  private final ClickHouseGateway gateway;
  private final QaReviewStore store;

  public ReviewActions(ClickHouseGateway gateway, QaReviewStore store) {
    this.gateway = gateway;
    this.store = store;
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

  private ViolationKey existingViolation(Map<String, Object> body) {
    String sessionId = text(body, "session_id");
    SqlValues.sessionId(sessionId);
    QaRuleId rule = SqlValues.rule(text(body, "rule_id"));
    Object index = body.get("message_index");
    if (!(index instanceof Number n) || n.longValue() < -1 || n.longValue() > 100_000) {
      throw new BadRequestException("message_index must be an integer of -1 or more");
    }
    ViolationKey key = new ViolationKey(sessionId, rule, n.intValue());
    long found =
        gateway.queryLong(
            "SELECT count() FROM "
                + gateway.qualify(KefuSchema.QA_VIOLATIONS)
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
