package io.kefu.dashboards.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefu.clickhouse.ClickHouseGateway;
import io.kefu.clickhouse.KefuSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The data page: events per day and type as they reached ClickHouse over the last {@link #DAYS}
 * days (with each day's sessions), the stream's dead letters by reason and late events by how they
 * were handled, and the ingest runs' reports ({@code report.json}: records read, valid, duplicates,
 * quarantined by reason, masked).
 */
public final class DataHealth {

  /** Days of events shown, ending at the latest day with messages. */
  static final int DAYS = 14;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ClickHouseGateway gateway;
  private final List<Path> ingestReports;

  /**
   * @param ingestReports {@code report.json} files of ingest runs; missing ones are skipped
   */
  public DataHealth(ClickHouseGateway gateway, List<Path> ingestReports) {
    this.gateway = gateway;
    this.ingestReports = List.copyOf(ingestReports);
  }

  public Map<String, Object> page() {
    Map<String, Object> out = new LinkedHashMap<>();
    String messages = gateway.qualify(KefuSchema.MESSAGES);
    long lastDay = gateway.queryLong("SELECT toUInt32(max(day)) AS d FROM " + messages);
    LocalDate to = LocalDate.ofEpochDay(lastDay);
    LocalDate from = to.minusDays(DAYS - 1);
    out.put("from", from.toString());
    out.put("to", to.toString());
    Map<String, Object> sessionsPerDay = new HashMap<>();
    for (Map<String, Object> row :
        gateway.query(
            "SELECT day, count() AS sessions FROM "
                + gateway.qualify(KefuSchema.SESSIONS)
                + " FINAL WHERE day >= "
                + SqlValues.dayLiteral(from)
                + " GROUP BY day")) {
      sessionsPerDay.put(Rows.asString(row, "day"), row.get("sessions"));
    }
    // PREWHERE before FINAL is safe: every version of a message row has the same day. It lets
    // FINAL merge only the window's rows instead of the whole table.
    List<Map<String, Object>> events =
        gateway.query(
            "SELECT day, type, count() AS events FROM "
                + messages
                + " FINAL PREWHERE day >= "
                + SqlValues.dayLiteral(from)
                + " GROUP BY day, type ORDER BY day, type");
    events.forEach(
        row -> row.put("sessions", sessionsPerDay.getOrDefault(Rows.asString(row, "day"), 0)));
    out.put("events_by_day", events);
    String deadLetters = gateway.qualify(KefuSchema.DEAD_LETTERS);
    out.put(
        "dead_letters",
        gateway.query(
            "SELECT reason, count() AS records FROM "
                + deadLetters
                + " FINAL GROUP BY reason ORDER BY records DESC, reason"));
    out.put(
        "late_events",
        gateway.query(
            "SELECT handling, count() AS events FROM "
                + gateway.qualify(KefuSchema.LATE_EVENTS)
                + " FINAL GROUP BY handling ORDER BY events DESC, handling"));
    List<Map<String, Object>> ingests = new ArrayList<>();
    Map<String, Long> quarantine = new TreeMap<>();
    for (Path report : ingestReports) {
      if (!Files.isRegularFile(report)) {
        continue;
      }
      try {
        JsonNode node = JSON.readTree(report.toFile());
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("report", report.toString());
        for (String field :
            List.of("records_read", "valid", "messages", "duplicates", "sessions", "elapsed_s")) {
          row.put(field, node.path(field).numberValue());
        }
        row.put("quarantined", JSON.convertValue(node.path("quarantined"), Map.class));
        row.put("masked", JSON.convertValue(node.path("masked"), Map.class));
        ingests.add(row);
        node.path("quarantined")
            .fields()
            .forEachRemaining(e -> quarantine.merge(e.getKey(), e.getValue().asLong(), Long::sum));
      } catch (IOException e) {
        ingests.add(Map.of("report", report.toString(), "error", String.valueOf(e.getMessage())));
      }
    }
    out.put("ingest", ingests);
    out.put(
        "quarantine",
        quarantine.entrySet().stream()
            .map(e -> Map.<String, Object>of("reason", e.getKey(), "records", e.getValue()))
            .toList());
    return out;
  }
}
