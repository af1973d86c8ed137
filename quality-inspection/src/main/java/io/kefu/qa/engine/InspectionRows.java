package io.kefu.qa.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code kefu.qa_inspections} and {@code kefu.qa_violations} rows (JSONEachRow) of one {@link
 * Inspection}, for the streaming job. They hold exactly the columns the batch load ({@code
 * io.kefu.qa.batch.ClickHouseLoad}) writes, with the same meaning, so a session inspected by either
 * path reads the same: {@code day} is the Asia/Shanghai day the session started, booleans are
 * UInt8, {@code inspected_at} UTC epoch seconds, no agent {@code ''}.
 */
public final class InspectionRows {

  private static final ObjectMapper JSON = new ObjectMapper();

  private InspectionRows() {}

  /** The session's {@code qa_inspections} row. */
  public static String inspection(Inspection i, Instant inspectedAt, long version) {
    ObjectNode row = JSON.createObjectNode();
    row.put("day", i.day().toString());
    row.put("session_id", i.sessionId());
    row.put("agent_id", i.agentId() == null ? "" : i.agentId());
    row.put("channel", i.channel());
    row.put("score", i.score());
    row.put("violations", i.violations().size());
    row.put("critical", i.critical() ? 1 : 0);
    row.put("review_queued", i.reviewQueued() ? 1 : 0);
    row.put("rule_set_version", i.ruleSetVersion());
    row.put("sentiment_source", i.sentimentSource());
    return stamped(row, inspectedAt, version);
  }

  /** One {@code qa_violations} row per violation of the inspection, in its order. */
  public static List<String> violations(Inspection i, Instant inspectedAt, long version) {
    List<String> rows = new ArrayList<>(i.violations().size());
    for (Violation v : i.violations()) {
      ObjectNode row = JSON.createObjectNode();
      row.put("day", i.day().toString());
      row.put("session_id", v.sessionId());
      row.put("rule_id", v.rule().id());
      row.put("severity", v.severity().wireName());
      row.put("weight", v.weight());
      row.put("message_index", v.messageIndex());
      row.put("evidence", v.evidence());
      row.put("explanation", v.explanation());
      rows.add(stamped(row, inspectedAt, version));
    }
    return rows;
  }

  private static String stamped(ObjectNode row, Instant inspectedAt, long version) {
    row.put("inspected_at", inspectedAt.getEpochSecond());
    row.put("version", version);
    return row.toString();
  }
}
