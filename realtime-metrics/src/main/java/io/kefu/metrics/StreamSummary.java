package io.kefu.metrics;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The job's counters (Flink accumulators) as a progress line and the last JSON line. */
public record StreamSummary(Map<String, Long> counts) {

  /** The accumulators every run reports, in the order shown. */
  public static final List<String> NAMES =
      List.of(
          "records",
          "invalid",
          "duplicates",
          "sessions_closed",
          "sessions_inspected",
          "late_events",
          "rows_written");

  private static final ObjectMapper JSON = new ObjectMapper();

  public static StreamSummary of(Map<String, Object> accumulators) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String name : NAMES) {
      Object value = accumulators.get(name);
      counts.put(name, value instanceof Number n ? n.longValue() : 0L);
    }
    return new StreamSummary(counts);
  }

  public long get(String name) {
    return counts.getOrDefault(name, 0L);
  }

  public String text() {
    return String.format(
        "%,d records read (%,d invalid → dead letters, %,d duplicates dropped); %,d sessions"
            + " closed, %,d inspected; %,d late events; %,d rows written to ClickHouse",
        get("records"),
        get("invalid"),
        get("duplicates"),
        get("sessions_closed"),
        get("sessions_inspected"),
        get("late_events"),
        get("rows_written"));
  }

  public String json() {
    ObjectNode node = JSON.createObjectNode();
    counts.forEach(node::put);
    return node.toString();
  }
}
