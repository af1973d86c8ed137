package io.kefu.dags.airflow;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One DAG run as Airflow reports it: the fields of {@code DAGRun} (API v1) and {@code
 * DAGRunResponse} (API v2) that a person or a script asks about. Other fields are ignored.
 *
 * @param state {@code queued}, {@code running}, {@code success} or {@code failed}
 * @param logicalDate null for an Airflow 3 run triggered without one
 * @param startDate null until the scheduler starts the run
 * @param endDate null until it finishes
 * @param conf the run's {@code conf}; empty when Airflow sends null
 */
public record DagRun(
    String dagId,
    String dagRunId,
    String state,
    OffsetDateTime logicalDate,
    OffsetDateTime startDate,
    OffsetDateTime endDate,
    Map<String, Object> conf) {

  private static final TypeReference<Map<String, Object>> CONF = new TypeReference<>() {};

  public DagRun {
    Objects.requireNonNull(dagId, "dagId");
    Objects.requireNonNull(dagRunId, "dagRunId");
    Objects.requireNonNull(state, "state");
    conf = Collections.unmodifiableMap(new LinkedHashMap<>(conf));
  }

  /** Reads a run from either API's JSON; names as both specs spell them. */
  static DagRun fromJson(JsonNode run, ObjectMapper json) {
    JsonNode conf = run.path("conf");
    return new DagRun(
        required(run, "dag_id"),
        required(run, "dag_run_id"),
        required(run, "state"),
        dateTime(run, "logical_date"),
        dateTime(run, "start_date"),
        dateTime(run, "end_date"),
        conf.isObject() ? json.convertValue(conf, CONF) : Map.of());
  }

  /** True once the run can change no more (success or failed). */
  public boolean finished() {
    return "success".equals(state) || "failed".equals(state);
  }

  private static String required(JsonNode run, String field) {
    JsonNode value = run.get(field);
    if (value == null || !value.isTextual()) {
      throw new AirflowException(
          0, "Airflow answered a DAG run without '" + field + "': " + abbreviate(run));
    }
    return value.asText();
  }

  /** Airflow 2 writes "+00:00", Airflow 3 "Z"; both are ISO-8601 with an offset. */
  private static OffsetDateTime dateTime(JsonNode run, String field) {
    JsonNode value = run.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.asText());
    } catch (DateTimeParseException e) {
      throw new AirflowException(
          0, "Airflow answered a DAG run whose " + field + " is not a date-time: " + value, e);
    }
  }

  private static String abbreviate(JsonNode node) {
    String text = node.toString();
    return text.length() <= 200 ? text : text.substring(0, 200) + "…";
  }
}
