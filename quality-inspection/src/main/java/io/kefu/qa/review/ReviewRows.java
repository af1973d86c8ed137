package io.kefu.qa.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kefu.core.event.EventTimestamps;
import java.time.Instant;
import java.util.Map;

/**
 * {@code kefu.qa_reviews} rows: JSONEachRow to write (DateTime as UTC epoch seconds, {@code ''} and
 * 0 for "none") and the rows read back into {@link Review} and {@link Appeal}.
 */
final class ReviewRows {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ReviewRows() {}

  static String verdict(Review review, long version) {
    ObjectNode row =
        common(review.key(), QaReviewStore.VERDICT, review.reviewer(), review.reviewedAt());
    row.put("verdict", review.verdict().wireName());
    row.put("comment", review.comment());
    row.put("agent_id", "");
    row.put("ruling", "");
    row.put("ruled_by", "");
    row.put("ruling_comment", "");
    row.put("ruled_at", 0);
    row.put("version", version);
    return row.toString();
  }

  static String appeal(Appeal appeal, long version) {
    ObjectNode row = common(appeal.key(), QaReviewStore.APPEAL, "", appeal.filedAt());
    row.put("verdict", "");
    row.put("comment", appeal.comment());
    row.put("agent_id", appeal.agentId());
    row.put("ruling", appeal.isOpen() ? "" : appeal.ruling().wireName());
    row.put("ruled_by", appeal.isOpen() ? "" : appeal.ruledBy());
    row.put("ruling_comment", appeal.isOpen() ? "" : appeal.rulingComment());
    row.put("ruled_at", appeal.isOpen() ? 0 : appeal.ruledAt().getEpochSecond());
    row.put("version", version);
    return row.toString();
  }

  static Review review(Map<String, Object> row) {
    return new Review(
        ViolationKey.parse(text(row, "violation_key")),
        text(row, "reviewer"),
        Verdict.parse(text(row, "verdict")),
        text(row, "comment"),
        seconds(row, "reviewed_at_s"));
  }

  static Appeal appeal(Map<String, Object> row) {
    String ruling = text(row, "ruling");
    boolean open = ruling.isEmpty();
    return new Appeal(
        ViolationKey.parse(text(row, "violation_key")),
        text(row, "agent_id"),
        text(row, "comment"),
        seconds(row, "reviewed_at_s"),
        open ? null : Ruling.parse(ruling),
        open ? null : text(row, "ruled_by"),
        open ? null : text(row, "ruling_comment"),
        open ? null : seconds(row, "ruled_at_s"));
  }

  private static ObjectNode common(ViolationKey key, String kind, String reviewer, Instant at) {
    ObjectNode row = JSON.createObjectNode();
    row.put("day", EventTimestamps.businessDay(at.atOffset(java.time.ZoneOffset.UTC)).toString());
    row.put("violation_key", key.value());
    row.put("kind", kind);
    row.put("reviewer", reviewer);
    row.put("session_id", key.sessionId());
    row.put("rule_id", key.rule().id());
    row.put("message_index", key.messageIndex());
    row.put("reviewed_at", at.getEpochSecond());
    return row;
  }

  private static String text(Map<String, Object> row, String column) {
    Object value = row.get(column);
    return value == null ? "" : String.valueOf(value);
  }

  private static Instant seconds(Map<String, Object> row, String column) {
    return Instant.ofEpochSecond(((Number) row.get(column)).longValue());
  }
}
