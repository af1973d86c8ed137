package io.kefu.dags.airflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@link FakeAirflow}'s Airflow 2: API v1 under {@code /api/v1}, as {@code v1-excerpt.yaml} and
 * Airflow 2's {@code api_connexion} endpoints answer. Basic auth on everything but {@code
 * /version}; errors are RFC 7807 problem JSON ({@code type}, {@code title}, {@code status}, {@code
 * detail}, which Airflow often leaves null); texts as in {@code dag_run_endpoint.py} and {@code
 * dag_endpoint.py}.
 */
final class FakeApiV1 {

  static final String VERSION = "2.10.5";

  /** DAGRun's fields that are not readOnly in the spec: what a trigger may send. */
  private static final Set<String> WRITABLE_RUN_FIELDS =
      Set.of(
          "dag_run_id",
          "logical_date",
          "execution_date",
          "conf",
          "note",
          "data_interval_start",
          "data_interval_end");

  private static final Set<String> READ_ONLY_RUN_FIELDS =
      Set.of(
          "dag_id",
          "end_date",
          "external_trigger",
          "last_scheduling_decision",
          "run_type",
          "start_date",
          "state");

  /** {@code dag_run_endpoint._fetch_dag_runs}: the attributes {@code order_by} may name. */
  private static final Set<String> SORTABLE =
      Set.of(
          "id",
          "state",
          "dag_id",
          "execution_date",
          "dag_run_id",
          "start_date",
          "end_date",
          "updated_at",
          "external_trigger",
          "conf");

  /** Airflow's default {@code [api] maximum_page_limit}. */
  private static final int MAX_PAGE = 100;

  private final FakeAirflowState state;
  private final FakeApiV1Bodies bodies;
  private final Clock clock;

  FakeApiV1(FakeAirflowState state, FakeApiV1Bodies bodies, Clock clock) {
    this.state = state;
    this.bodies = bodies;
    this.clock = clock;
  }

  /** {@code path}: the segments after {@code api/v1}. */
  FakeAnswer handle(FakeRequest request, List<String> path) {
    if (path.equals(List.of("version")) && request.method().equals("GET")) {
      return FakeAnswer.json(200, "{\"git_version\": null, \"version\": \"" + VERSION + "\"}");
    }
    Optional<FakeAirflowState.User> user = authenticate(request);
    if (user.isEmpty()) {
      return bodies
          .problem(401, "Unauthorized", null, "Unauthenticated")
          .withHeader("WWW-Authenticate", "Basic");
    }
    boolean write = !request.method().equals("GET");
    if (write && user.get().role() != FakeAirflowState.Role.ADMIN) {
      return bodies.problem(403, "Forbidden", null, "PermissionDenied");
    }
    if (path.size() < 2 || !path.get(0).equals("dags")) {
      return bodies.notFoundUrl();
    }
    String dagId = path.get(1);
    String route = path.size() == 2 ? "dag" : path.size() == 3 ? "runs" : "run";
    if (path.size() > 4 || path.size() > 2 && !path.get(2).equals("dagRuns")) {
      return bodies.notFoundUrl();
    }
    return switch (route + " " + request.method()) {
      case "dag GET" -> getDag(dagId);
      case "dag PATCH" -> patchDag(request, dagId);
      case "runs GET" -> listRuns(request, dagId);
      case "runs POST" -> trigger(request, dagId);
      case "run GET" -> getRun(dagId, path.get(3));
      default ->
          bodies.problem(
              405,
              "Method Not Allowed",
              "The method is not allowed for the requested URL.",
              "MethodNotAllowed");
    };
  }

  private Optional<FakeAirflowState.User> authenticate(FakeRequest request) {
    String header = request.header("Authorization");
    if (header == null || !header.startsWith("Basic ")) {
      return Optional.empty();
    }
    String pair;
    try {
      pair =
          new String(
              Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    int colon = pair.indexOf(':');
    return colon < 0
        ? Optional.empty()
        : state.login(pair.substring(0, colon), pair.substring(colon + 1));
  }

  private FakeAnswer trigger(FakeRequest request, String dagId) {
    JsonNode body = bodies.readBody(request);
    if (!(body instanceof ObjectNode)) {
      return bodies.badRequest(
          body == null ? "Request body is not valid JSON" : body + " is not of type 'object'");
    }
    for (var names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (READ_ONLY_RUN_FIELDS.contains(name)) {
        return bodies.badRequest("Property is read-only - '" + name + "'");
      }
      if (!WRITABLE_RUN_FIELDS.contains(name)) {
        return bodies.badRequest("{'" + name + "': ['Unknown field.']}");
      }
    }
    JsonNode conf = body.path("conf");
    if (!conf.isMissingNode() && !conf.isObject()) {
      return bodies.badRequest(conf + " is not of type 'object' - 'conf'");
    }
    Instant logicalDate;
    try {
      JsonNode date =
          body.hasNonNull("logical_date") ? body.get("logical_date") : body.get("execution_date");
      logicalDate =
          date == null || date.isNull()
              ? clock.instant()
              : Instant.from(DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(date.asText()));
    } catch (RuntimeException e) {
      return bodies.badRequest(
          "'" + body.path("logical_date").asText() + "' is not a 'date-time' - 'logical_date'");
    }
    if (!state.hasDag(dagId)) {
      return bodies.problem(
          404, "DAG not found", "DAG with dag_id: '" + dagId + "' not found", "NotFound");
    }
    String runId =
        body.hasNonNull("dag_run_id")
            ? body.get("dag_run_id").asText()
            : "manual__" + FakeApiV1Bodies.time(logicalDate);
    if (state.run(dagId, runId).isPresent()) {
      return bodies.problem(
          409,
          "Conflict",
          "DAGRun with DAG ID: '" + dagId + "' and DAGRun ID: '" + runId + "' already exists",
          "AlreadyExists");
    }
    if (state.runAt(dagId, logicalDate).isPresent()) {
      return bodies.problem(
          409,
          "Conflict",
          "DAGRun with DAG ID: '"
              + dagId
              + "' and DAGRun logical date: '"
              + FakeApiV1Bodies.time(logicalDate).replace('T', ' ')
              + "' already exists",
          "AlreadyExists");
    }
    FakeDagRun run =
        state.addRun(
            dagId,
            runId,
            logicalDate,
            clock.instant(),
            conf.isObject() ? (ObjectNode) conf : bodies.object(),
            body.path("note").asText(null));
    return FakeAnswer.json(200, bodies.runJson(run).toString());
  }

  private FakeAnswer getRun(String dagId, String runId) {
    return state
        .run(dagId, runId)
        .map(run -> FakeAnswer.json(200, bodies.runJson(run).toString()))
        .orElseGet(
            () ->
                bodies.problem(
                    404,
                    "DAGRun not found",
                    "DAGRun with DAG ID: '" + dagId + "' and DagRun ID: '" + runId + "' not found",
                    "NotFound"));
  }

  /** Lists nothing, and no 404, for a DAG that does not exist: Airflow 2 does the same. */
  private FakeAnswer listRuns(FakeRequest request, String dagId) {
    int limit;
    int offset;
    try {
      limit =
          Math.min(
              request.param("limit") == null ? MAX_PAGE : Integer.parseInt(request.param("limit")),
              MAX_PAGE);
      offset = request.param("offset") == null ? 0 : Integer.parseInt(request.param("offset"));
    } catch (NumberFormatException e) {
      return bodies.badRequest(
          "'" + request.param("limit") + "' is not of type 'integer' - 'limit'");
    }
    String orderBy = request.param("order_by") == null ? "id" : request.param("order_by");
    String attribute = orderBy.startsWith("-") ? orderBy.substring(1) : orderBy;
    if (!SORTABLE.contains(attribute)) {
      return bodies.badRequest(
          "Ordering with '"
              + attribute
              + "' is disallowed or the attribute does not exist on the model");
    }
    ObjectNode page = bodies.object();
    // The fake sorts on id whatever attribute is named; the client asks for -id.
    state
        .runs(dagId, orderBy.startsWith("-"), offset, limit)
        .forEach(run -> page.withArray("dag_runs").add(bodies.runJson(run)));
    page.withArray("dag_runs");
    page.put("total_entries", state.runCount(dagId));
    return FakeAnswer.json(200, page.toString());
  }

  private FakeAnswer getDag(String dagId) {
    if (!state.hasDag(dagId)) {
      return bodies.problem(
          404, "DAG not found", "DAG with dag_id: '" + dagId + "' not found", "NotFound");
    }
    return FakeAnswer.json(
        200, bodies.dagJson(dagId, state.isPaused(dagId), clock.instant()).toString());
  }

  private FakeAnswer patchDag(FakeRequest request, String dagId) {
    List<String> mask =
        request.params("update_mask").stream()
            .flatMap(value -> List.of(value.split(",")).stream())
            .map(String::strip)
            .toList();
    JsonNode body = bodies.readBody(request);
    if (!(body instanceof ObjectNode)) {
      return bodies.badRequest(
          body == null ? "Request body is not valid JSON" : body + " is not of type 'object'");
    }
    JsonNode paused = body.path("is_paused");
    if (!paused.isBoolean()) {
      return bodies.badRequest("{'is_paused': ['Not a valid boolean.']}");
    }
    if (!mask.isEmpty() && !mask.equals(List.of("is_paused"))) {
      return bodies.badRequest("Only `is_paused` field can be updated through the REST API");
    }
    if (!state.hasDag(dagId)) {
      // Airflow 2 raises NotFound with the sentence as its title and no detail.
      return bodies.problem(404, "Dag with id: '" + dagId + "' not found", null, "NotFound");
    }
    state.setPaused(dagId, paused.asBoolean());
    return FakeAnswer.json(
        200, bodies.dagJson(dagId, state.isPaused(dagId), clock.instant()).toString());
  }
}
