package io.kefu.dags.airflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@link FakeAirflow}'s Airflow 3: API v2 under {@code /api/v2}, as {@code v2-excerpt.yaml}
 * describes it (the token comes from {@link FakeLoginApi}). A bearer token on everything but {@code
 * /version}; errors are FastAPI's {@code {"detail": …}}: a string, the database-error object for a
 * 409, or pydantic's list for a 422. Texts as in {@code routes/public/dag_run.py}, {@code dags.py},
 * {@code core_api/security.py} and {@code common/exceptions.py}.
 */
final class FakeApiV2 {

  static final String VERSION = "3.1.3";

  /** {@code get_dag_runs}'s SortParam: the attributes {@code order_by} may name. */
  private static final Set<String> SORTABLE =
      Set.of(
          "id",
          "state",
          "dag_id",
          "run_id",
          "logical_date",
          "run_after",
          "start_date",
          "end_date",
          "updated_at",
          "conf",
          "duration",
          "dag_run_id");

  /** TriggerDAGRunPostBody's properties; anything else is refused (additionalProperties false). */
  static final Set<String> TRIGGER_FIELDS =
      Set.of(
          "dag_run_id",
          "data_interval_start",
          "data_interval_end",
          "logical_date",
          "run_after",
          "conf",
          "note",
          "partition_key");

  private static final int DEFAULT_PAGE = 50;
  private static final int MAX_PAGE = 100;

  private final FakeAirflowState state;
  private final FakeApiV2Bodies bodies;
  private final Clock clock;

  FakeApiV2(FakeAirflowState state, FakeApiV2Bodies bodies, Clock clock) {
    this.state = state;
    this.bodies = bodies;
    this.clock = clock;
  }

  /** {@code path}: the segments after {@code api/v2}. */
  FakeAnswer handle(FakeRequest request, List<String> path) {
    if (path.equals(List.of("version")) && request.method().equals("GET")) {
      return FakeAnswer.json(200, "{\"version\":\"" + VERSION + "\",\"git_version\":null}");
    }
    if (path.size() < 2
        || path.size() > 4
        || !path.get(0).equals("dags")
        || path.size() > 2 && !path.get(2).equals("dagRuns")) {
      return bodies.detail(404, "Not Found");
    }
    Optional<FakeAnswer> refused = authorize(request);
    if (refused.isPresent()) {
      return refused.get();
    }
    String dagId = path.get(1);
    String route = path.size() == 2 ? "dag" : path.size() == 3 ? "runs" : "run";
    return switch (route + " " + request.method()) {
      case "dag PATCH" -> patchDag(request, dagId);
      case "runs GET" -> listRuns(request, dagId);
      case "runs POST" -> trigger(request, dagId);
      case "run GET" -> getRun(dagId, path.get(3));
      default -> bodies.detail(405, "Method Not Allowed");
    };
  }

  /** OAuth2PasswordBearer, then {@code get_user}, then {@code requires_access_dag}. */
  private Optional<FakeAnswer> authorize(FakeRequest request) {
    String header = request.header("Authorization");
    if (header == null || !header.startsWith("Bearer ")) {
      return Optional.of(
          bodies.detail(401, "Not authenticated").withHeader("WWW-Authenticate", "Bearer"));
    }
    Optional<FakeAirflowState.Token> token = state.token(header.substring(7).strip());
    if (token.isEmpty()) {
      return Optional.of(bodies.detail(403, "Invalid JWT token"));
    }
    if (token.get().expired()) {
      return Optional.of(bodies.detail(401, "Token Expired"));
    }
    FakeAirflowState.Role role = state.user(token.get().username()).orElseThrow().role();
    if (!request.method().equals("GET") && role != FakeAirflowState.Role.ADMIN) {
      return Optional.of(bodies.detail(403, "Forbidden"));
    }
    return Optional.empty();
  }

  private FakeAnswer trigger(FakeRequest request, String dagId) {
    JsonNode body = bodies.readBody(request);
    if (!(body instanceof ObjectNode)) {
      return bodies.invalidBody(body);
    }
    ArrayNode errors = bodies.array();
    body.fieldNames()
        .forEachRemaining(
            name -> {
              if (!TRIGGER_FIELDS.contains(name)) {
                errors.add(
                    bodies.error(
                        "extra_forbidden", name, "Extra inputs are not permitted", body.get(name)));
              }
            });
    // TriggerDAGRunPostBody lists logical_date as required: present, null allowed.
    if (!body.has("logical_date")) {
      errors.add(bodies.error("missing", "logical_date", "Field required", body));
    }
    for (String field :
        List.of("logical_date", "run_after", "data_interval_start", "data_interval_end")) {
      JsonNode value = body.path(field);
      if (!value.isMissingNode() && !value.isNull() && FakeApiV2Bodies.parse(value) == null) {
        errors.add(
            bodies.error(
                "datetime_from_date_parsing",
                field,
                "Input should be a valid datetime or date",
                value));
      }
    }
    JsonNode conf = body.path("conf");
    if (!conf.isMissingNode() && !conf.isNull() && !conf.isObject()) {
      errors.add(bodies.error("dict_type", "conf", "Input should be a valid dictionary", conf));
    }
    JsonNode runIdNode = body.path("dag_run_id");
    if (!runIdNode.isMissingNode() && !runIdNode.isNull() && !runIdNode.isTextual()) {
      errors.add(
          bodies.error("string_type", "dag_run_id", "Input should be a valid string", runIdNode));
    }
    if (!errors.isEmpty()) {
      return bodies.validation(errors);
    }
    if (!state.hasDag(dagId)) {
      return bodies.detail(404, "DAG with dag_id: '" + dagId + "' not found");
    }
    Instant logicalDate =
        body.path("logical_date").isNull() ? null : FakeApiV2Bodies.parse(body.get("logical_date"));
    Instant runAfter =
        body.hasNonNull("run_after")
            ? FakeApiV2Bodies.parse(body.get("run_after"))
            : logicalDate != null ? logicalDate : clock.instant();
    String runId =
        runIdNode.isTextual()
            ? runIdNode.asText()
            : "manual__" + DateTimeFormatter.ISO_INSTANT.format(runAfter);
    boolean taken =
        state.run(dagId, runId).isPresent()
            || logicalDate != null && state.runAt(dagId, logicalDate).isPresent();
    if (taken) {
      return bodies.uniqueConstraintViolation();
    }
    FakeDagRun run =
        state.addRun(
            dagId,
            runId,
            logicalDate,
            runAfter,
            conf.isObject() ? (ObjectNode) conf : null,
            body.path("note").asText(null));
    return FakeAnswer.json(200, bodies.runJson(run).toString());
  }

  private FakeAnswer getRun(String dagId, String runId) {
    return state
        .run(dagId, runId)
        .map(run -> FakeAnswer.json(200, bodies.runJson(run).toString()))
        .orElseGet(
            () ->
                bodies.detail(
                    404,
                    "The DagRun with dag_id: `"
                        + dagId
                        + "` and run_id: `"
                        + runId
                        + "` was not found"));
  }

  private FakeAnswer listRuns(FakeRequest request, String dagId) {
    int limit;
    int offset;
    try {
      limit =
          Math.min(
              request.param("limit") == null
                  ? DEFAULT_PAGE
                  : Integer.parseInt(request.param("limit")),
              MAX_PAGE);
      offset = request.param("offset") == null ? 0 : Integer.parseInt(request.param("offset"));
    } catch (NumberFormatException e) {
      return bodies.validation(
          bodies.array().add(bodies.queryError("limit", request.param("limit"))));
    }
    List<String> orderBy =
        request.params("order_by").isEmpty() ? List.of("id") : request.params("order_by");
    for (String order : orderBy) {
      String attribute = order.startsWith("-") ? order.substring(1) : order;
      if (!SORTABLE.contains(attribute)) {
        return bodies.detail(
            400,
            "Ordering with '"
                + attribute
                + "' is disallowed or the attribute does not exist on the model");
      }
    }
    if (!state.hasDag(dagId)) {
      return bodies.detail(404, "The DAG with dag_id: `" + dagId + "` was not found");
    }
    ObjectNode page = bodies.object();
    ArrayNode runs = page.putArray("dag_runs");
    // The fake sorts on id whatever attribute is named; the client asks for -id.
    state
        .runs(dagId, orderBy.get(0).startsWith("-"), offset, limit)
        .forEach(run -> runs.add(bodies.runJson(run)));
    page.put("total_entries", state.runCount(dagId));
    return FakeAnswer.json(200, page.toString());
  }

  private FakeAnswer patchDag(FakeRequest request, String dagId) {
    JsonNode body = bodies.readBody(request);
    if (!(body instanceof ObjectNode)) {
      return bodies.invalidBody(body);
    }
    ArrayNode errors = bodies.array();
    body.fieldNames()
        .forEachRemaining(
            name -> {
              if (!name.equals("is_paused")) {
                errors.add(
                    bodies.error(
                        "extra_forbidden", name, "Extra inputs are not permitted", body.get(name)));
              }
            });
    if (!body.has("is_paused")) {
      errors.add(bodies.error("missing", "is_paused", "Field required", body));
    } else if (!body.get("is_paused").isBoolean()) {
      errors.add(
          bodies.error(
              "bool_type", "is_paused", "Input should be a valid boolean", body.get("is_paused")));
    }
    if (!errors.isEmpty()) {
      return bodies.validation(errors);
    }
    if (!state.hasDag(dagId)) {
      return bodies.detail(404, "Dag with id: " + dagId + " was not found");
    }
    List<String> mask = request.params("update_mask");
    if (!mask.isEmpty() && !mask.equals(List.of("is_paused"))) {
      return bodies.detail(400, "Only `is_paused` field can be updated through the REST API");
    }
    state.setPaused(dagId, body.get("is_paused").asBoolean());
    return FakeAnswer.json(
        200, bodies.dagJson(dagId, state.isPaused(dagId), clock.instant()).toString());
  }
}
