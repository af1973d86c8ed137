package io.kefu.qa.batch;

import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.kefu.core.event.EventType;
import io.kefu.core.qa.QaRuleId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The figures of an inspect run, written as {@code report.json}: what was read, sessions inspected,
 * QA coverage (inspected ended sessions / ended sessions, CONTRACT §3), hits per rule (every rule,
 * zero included), the score distribution, the rule-set version and the sentiment used.
 */
public final class InspectReport {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Map<String, Object> fields = new LinkedHashMap<>();

  private InspectReport() {}

  static InspectReport of(
      InspectInput input,
      Dataset<Row> events,
      Dataset<Row> output,
      InspectConfig config,
      double elapsedSeconds) {
    InspectReport r = new InspectReport();
    r.fields.put("input", input.root());
    r.fields.put("input_kind", input.ingestOutput() ? "ingest_output" : "raw");
    r.putRecords(input, events);
    Dataset<Row> inspections = output.filter(col("kind").equalTo(QaSchemas.KIND_INSPECTION));
    r.putCoverage(events, inspections);
    r.fields.put("hits_per_rule", hitsPerRule(output));
    r.fields.put("score_histogram", histogram(inspections));
    r.fields.put("critical_sessions", inspections.filter(col("critical")).count());
    r.fields.put("review_queued", inspections.filter(col("review_queued")).count());
    r.fields.put("rule_set_version", config.engine().ruleSetVersion());
    r.fields.put("sentiment_source", config.engine().sentiment().source());
    r.fields.put("sentiment", config.engine().sentiment().why());
    r.fields.put("elapsed_seconds", Math.round(elapsedSeconds * 10) / 10.0);
    return r;
  }

  private void putRecords(InspectInput input, Dataset<Row> events) {
    Map<String, Long> invalid = new TreeMap<>();
    long valid = 0;
    for (Row row : events.groupBy("valid", "reason").count().collectAsList()) {
      if (row.getBoolean(0)) {
        valid += row.getLong(2);
      } else {
        invalid.put(row.getString(1), row.getLong(2));
      }
    }
    if (input.ingestOutput()) {
      // The ingest job already quarantined the invalid records: its counts are the ones to show.
      invalid.putAll(quarantinedByIngest(input, events));
    }
    long invalidTotal = invalid.values().stream().mapToLong(Long::longValue).sum();
    fields.put("records_read", valid + invalidTotal);
    fields.put("records_invalid", invalidTotal);
    fields.put("invalid_by_reason", invalid);
  }

  // Ended sessions are counted from the events, independently of the inspections they should get.
  private void putCoverage(Dataset<Row> events, Dataset<Row> inspections) {
    long ended =
        events
            .filter(col("valid").and(col("type").equalTo(EventType.SESSION_END.wireName())))
            .select("session_id")
            .distinct()
            .count();
    long endedInspected = inspections.filter(col("ended")).count();
    fields.put("sessions_inspected", inspections.count());
    fields.put("ended_sessions", ended);
    fields.put("ended_sessions_inspected", endedInspected);
    fields.put("coverage", ended == 0 ? 1.0 : (double) endedInspected / ended);
  }

  private static Map<String, Long> quarantinedByIngest(InspectInput input, Dataset<Row> events) {
    Path report = new Path(input.root(), "report.json");
    try (InputStream in =
        report
            .getFileSystem(events.sparkSession().sparkContext().hadoopConfiguration())
            .open(report)) {
      Map<String, Long> quarantined = new TreeMap<>();
      JSON.readTree(in)
          .path("quarantined")
          .fields()
          .forEachRemaining(e -> quarantined.put(e.getKey(), e.getValue().asLong()));
      return quarantined;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the ingest report " + report, e);
    }
  }

  private static Map<String, Long> hitsPerRule(Dataset<Row> output) {
    Map<String, Long> hits = new LinkedHashMap<>();
    for (QaRuleId rule : QaRuleId.values()) {
      hits.put(rule.id(), 0L);
    }
    for (Row row :
        output
            .filter(col("kind").equalTo(QaSchemas.KIND_VIOLATION))
            .groupBy("rule_id")
            .count()
            .collectAsList()) {
      hits.put(row.getString(0), row.getLong(1));
    }
    return hits;
  }

  // Buckets of ten points, 100 on its own: a perfect session is the common case worth seeing.
  private static Map<String, Long> histogram(Dataset<Row> inspections) {
    Map<String, Long> buckets = new LinkedHashMap<>();
    for (int low = 0; low < 100; low += 10) {
      buckets.put(low + "-" + (low + 9), 0L);
    }
    buckets.put("100", 0L);
    for (Row row : inspections.groupBy("score").count().collectAsList()) {
      int score = row.getInt(0);
      String bucket = score == 100 ? "100" : (score / 10 * 10) + "-" + (score / 10 * 10 + 9);
      buckets.merge(bucket, row.getLong(1), Long::sum);
    }
    return buckets;
  }

  public long sessionsInspected() {
    return (Long) fields.get("sessions_inspected");
  }

  public long endedSessions() {
    return (Long) fields.get("ended_sessions");
  }

  public double coverage() {
    return (Double) fields.get("coverage");
  }

  public long recordsInvalid() {
    return (Long) fields.get("records_invalid");
  }

  @SuppressWarnings("unchecked")
  public Map<String, Long> hitsPerRule() {
    return (Map<String, Long>) fields.get("hits_per_rule");
  }

  public Object get(String field) {
    return fields.get(field);
  }

  /** Adds a section, such as the evaluation against ground truth. */
  public void put(String field, Object value) {
    fields.put(field, value);
  }

  public String toJson() {
    try {
      return JSON.writeValueAsString(fields);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the report", e);
    }
  }
}
