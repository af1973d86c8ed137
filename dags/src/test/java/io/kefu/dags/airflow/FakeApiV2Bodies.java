package io.kefu.dags.airflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * The JSON {@link FakeApiV2} and {@link FakeLoginApi} read and write: the bodies of {@code
 * v2-excerpt.yaml}'s schemas, and FastAPI's error shapes ({@code {"detail": "…"}}, pydantic's
 * validation list, the database-error object of {@code common/exceptions.py}).
 */
final class FakeApiV2Bodies {

  private final ObjectMapper json;

  FakeApiV2Bodies(ObjectMapper json) {
    this.json = json;
  }

  ObjectNode object() {
    return json.createObjectNode();
  }

  ArrayNode array() {
    return json.createArrayNode();
  }

  /** DAGRunResponse: every field the spec requires, null where Airflow sends null. */
  ObjectNode runJson(FakeDagRun run) {
    ObjectNode node = json.createObjectNode();
    node.put("dag_run_id", run.runId);
    node.put("dag_id", run.dagId);
    node.put("logical_date", time(run.logicalDate));
    node.put("queued_at", time(run.queuedAt));
    node.put("start_date", time(run.startDate));
    node.put("end_date", time(run.endDate));
    if (run.startDate != null && run.endDate != null) {
      node.put("duration", (run.endDate.toEpochMilli() - run.startDate.toEpochMilli()) / 1000.0);
    } else {
      node.putNull("duration");
    }
    node.put("data_interval_start", time(run.logicalDate));
    node.put("data_interval_end", time(run.logicalDate));
    node.put("run_after", time(run.runAfter));
    node.putNull("last_scheduling_decision");
    node.put("run_type", "manual");
    node.put("state", run.state);
    node.put("triggered_by", "rest_api");
    node.put("triggering_user_name", "admin");
    node.set("conf", run.conf);
    node.put("note", run.note);
    node.putArray("dag_versions");
    node.putNull("bundle_version");
    node.put("dag_display_name", run.dagId);
    node.putNull("partition_key");
    return node;
  }

  /** DAGResponse: every field the spec requires. */
  ObjectNode dagJson(String dagId, boolean paused, Instant parsedAt) {
    ObjectNode node = json.createObjectNode();
    node.put("dag_id", dagId);
    node.put("dag_display_name", dagId);
    node.put("is_paused", paused);
    node.put("is_stale", false);
    node.put("last_parsed_time", time(parsedAt));
    node.put("last_parse_duration", 0.12);
    node.putNull("last_expired");
    node.put("bundle_name", "dags-folder");
    node.putNull("bundle_version");
    node.put("relative_fileloc", dagId + ".py");
    node.put("fileloc", "/opt/airflow/dags/" + dagId + ".py");
    node.putNull("description");
    node.put("timetable_summary", "0 2 * * *");
    node.put("timetable_description", "At 02:00");
    node.putArray("tags");
    node.put("max_active_tasks", 16);
    node.put("max_active_runs", 16);
    node.put("max_consecutive_failed_dag_runs", 0);
    node.put("has_task_concurrency_limits", false);
    node.put("has_import_errors", false);
    node.putNull("next_dagrun_logical_date");
    node.putNull("next_dagrun_data_interval_start");
    node.putNull("next_dagrun_data_interval_end");
    node.putNull("next_dagrun_run_after");
    node.putArray("owners").add("kefu");
    node.put("file_token", "fake-file-token");
    return node;
  }

  /** {@code _UniqueConstraintErrorHandler} with {@code expose_stacktrace} off. */
  FakeAnswer uniqueConstraintViolation() {
    ObjectNode detail = json.createObjectNode();
    detail.put("reason", "Unique constraint violation");
    detail.put("statement", "hidden");
    detail.put("orig_error", "hidden");
    detail.put(
        "message",
        "Serious error when handling your request. Check logs for more details - you will find it in api server when you look for ID FAKE1234");
    ObjectNode node = json.createObjectNode();
    node.set("detail", detail);
    return FakeAnswer.json(409, node.toString());
  }

  JsonNode readBody(FakeRequest request) {
    if (request.body().isBlank()) {
      return null;
    }
    try {
      return json.readTree(request.body());
    } catch (IOException e) {
      return json.getNodeFactory().textNode("\u0000invalid");
    }
  }

  /** pydantic on a body that is absent, not JSON, or not an object. */
  FakeAnswer invalidBody(JsonNode body) {
    ArrayNode errors = json.createArrayNode();
    ObjectNode error = errors.addObject();
    if (body == null) {
      error.put("type", "missing").put("msg", "Field required").putNull("input");
      error.putArray("loc").add("body");
    } else if (body.isTextual() && body.asText().startsWith("\u0000")) {
      error.put("type", "json_invalid").put("msg", "JSON decode error");
      error.putArray("loc").add("body").add(0);
    } else {
      error
          .put("type", "model_attributes_type")
          .put("msg", "Input should be a valid dictionary or object to extract fields from");
      error.putArray("loc").add("body");
      error.set("input", body);
    }
    return validation(errors);
  }

  ObjectNode error(String type, String field, String msg, JsonNode input) {
    ObjectNode error = json.createObjectNode();
    error.put("type", type);
    error.putArray("loc").add("body").add(field);
    error.put("msg", msg);
    error.set("input", input);
    return error;
  }

  ObjectNode queryError(String field, String input) {
    ObjectNode error = json.createObjectNode();
    error.put("type", "int_parsing");
    error.putArray("loc").add("query").add(field);
    error.put("msg", "Input should be a valid integer, unable to parse string as an integer");
    error.put("input", input);
    return error;
  }

  FakeAnswer validation(ArrayNode errors) {
    ObjectNode node = json.createObjectNode();
    node.set("detail", errors);
    return FakeAnswer.json(422, node.toString());
  }

  FakeAnswer detail(int status, String detail) {
    return new FakeAnswer(
        status,
        "application/json",
        json.createObjectNode().put("detail", detail).toString(),
        Map.of());
  }

  static Instant parse(JsonNode value) {
    try {
      return Instant.from(DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(value.asText()));
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** pydantic's JSON for an aware UTC datetime: "Z". */
  static String time(Instant instant) {
    return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant);
  }
}
