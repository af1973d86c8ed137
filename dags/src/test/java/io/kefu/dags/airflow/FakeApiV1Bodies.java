package io.kefu.dags.airflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * The JSON {@link FakeApiV1} reads and writes: the bodies of {@code v1-excerpt.yaml}'s schemas
 * ({@code DAGRun}, {@code DAG}) and Connexion's RFC 7807 problems ({@code Error}).
 */
final class FakeApiV1Bodies {

  private static final String ERRORS =
      "https://airflow.apache.org/docs/apache-airflow/"
          + FakeApiV1.VERSION
          + "/stable-rest-api-ref.html"
          + "#section/Errors/";

  private static final DateTimeFormatter PYTHON_ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSxxx");

  private final ObjectMapper json;

  FakeApiV1Bodies(ObjectMapper json) {
    this.json = json;
  }

  ObjectNode object() {
    return json.createObjectNode();
  }

  /** DAGRun of the spec, every field Airflow 2.10 sends. */
  ObjectNode runJson(FakeDagRun run) {
    ObjectNode node = json.createObjectNode();
    node.set("conf", run.conf);
    node.put("dag_id", run.dagId);
    node.put("dag_run_id", run.runId);
    node.put("data_interval_end", time(run.logicalDate));
    node.put("data_interval_start", time(run.logicalDate));
    node.put("end_date", time(run.endDate));
    node.put("execution_date", time(run.logicalDate));
    node.put("external_trigger", true);
    node.putNull("last_scheduling_decision");
    node.put("logical_date", time(run.logicalDate));
    node.put("note", run.note);
    node.put("run_type", "manual");
    node.put("start_date", time(run.startDate));
    node.put("state", run.state);
    return node;
  }

  /** DAG of the spec, the fields Airflow 2.10 sends. */
  ObjectNode dagJson(String dagId, boolean paused, Instant parsedAt) {
    ObjectNode node = json.createObjectNode();
    node.put("dag_display_name", dagId);
    node.put("dag_id", dagId);
    node.put("default_view", "grid");
    node.putNull("description");
    node.put("file_token", "fake-file-token");
    node.put("fileloc", "/opt/airflow/dags/" + dagId + ".py");
    node.put("has_import_errors", false);
    node.put("has_task_concurrency_limits", false);
    node.put("is_active", true);
    node.put("is_paused", paused);
    node.put("is_subdag", false);
    node.putNull("last_expired");
    node.put("last_parsed_time", time(parsedAt));
    node.putNull("last_pickled");
    node.put("max_active_runs", 16);
    node.put("max_active_tasks", 16);
    node.put("max_consecutive_failed_dag_runs", 0);
    node.putNull("next_dagrun");
    node.putNull("next_dagrun_create_after");
    node.putNull("next_dagrun_data_interval_end");
    node.putNull("next_dagrun_data_interval_start");
    node.putArray("owners").add("kefu");
    node.putNull("pickle_id");
    node.putNull("root_dag_id");
    node.putObject("schedule_interval").put("__type", "CronExpression").put("value", "0 2 * * *");
    node.putNull("scheduler_lock");
    node.putArray("tags");
    node.put("timetable_description", "At 02:00");
    return node;
  }

  JsonNode readBody(FakeRequest request) {
    if (!request.isJson()) {
      return null;
    }
    try {
      return json.readTree(request.body());
    } catch (IOException e) {
      return null;
    }
  }

  FakeAnswer badRequest(String detail) {
    return problem(400, "Bad Request", detail, "BadRequest");
  }

  /** Connexion's answer for a URL no endpoint serves. */
  FakeAnswer notFoundUrl() {
    ObjectNode node = json.createObjectNode();
    node.put(
        "detail",
        "The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.");
    node.put("status", 404);
    node.put("title", "Not Found");
    node.put("type", "about:blank");
    return FakeAnswer.json(404, node.toString());
  }

  /** The {@code Error} schema: type, title, status required; detail may be null. */
  FakeAnswer problem(int status, String title, String detail, String section) {
    ObjectNode node = json.createObjectNode();
    node.put("detail", detail);
    node.put("status", status);
    node.put("title", title);
    node.put("type", ERRORS + section);
    return new FakeAnswer(status, "application/problem+json", node.toString(), Map.of());
  }

  /** Python's isoformat of an aware UTC datetime: microseconds and "+00:00". */
  static String time(Instant instant) {
    return instant == null ? null : PYTHON_ISO.format(instant.atOffset(ZoneOffset.UTC));
  }
}
