package io.kefu.dags.airflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A client of Airflow's stable REST API for what Kefu does with its DAGs: trigger a run with a
 * {@code conf}, read a run, list a DAG's runs, pause and unpause a DAG. The same calls on Airflow 2
 * ({@code /api/v1}, basic auth) and Airflow 3 ({@code /api/v2}, bearer token). Failures are {@link
 * AirflowException}s with a one-line message.
 */
public final class AirflowClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final AirflowApiVersion api;
  private final AirflowHttp http;
  private final AirflowAuth auth;
  private final AirflowErrors errors;

  private AirflowClient(
      AirflowApiVersion api, AirflowHttp http, AirflowAuth auth, AirflowErrors errors) {
    this.api = api;
    this.http = http;
    this.auth = auth;
    this.errors = errors;
  }

  /** A client for the API the settings name, or the one the server turns out to serve. */
  public static AirflowClient connect(AirflowSettings settings) {
    AirflowHttp http = new AirflowHttp(settings);
    AirflowErrors errors = new AirflowErrors(settings, JSON);
    AirflowApiVersion api =
        settings.apiVersion().orElseGet(() -> AirflowApiDetection.detect(http, JSON));
    AirflowAuth auth =
        api == AirflowApiVersion.AIRFLOW_2
            ? new BasicAuth(settings.username(), settings.password())
            : new BearerTokenAuth(http, errors, JSON);
    return new AirflowClient(api, http, auth, errors);
  }

  public AirflowApiVersion apiVersion() {
    return api;
  }

  /** Triggers a run of {@code dagId}; answers the run as Airflow created it (usually queued). */
  public DagRun trigger(String dagId, DagRunRequest request) {
    ApiCall call =
        new ApiCall(
            "POST",
            api.dagRunsPath(dagId),
            request.toJson(api),
            "trigger DAG '" + dagId + "'",
            "DAG '" + dagId + "'",
            "DAG '"
                + dagId
                + "' already has a run '"
                + request.dagRunId()
                + "'"
                + (request.logicalDate() == null ? "" : " or a run at " + request.logicalDate())
                + ": choose another run id");
    AirflowResponse response = http.send(call, auth);
    if (response.status() == 409 && response.attempts() > 1) {
      // An earlier attempt got a 5xx or no answer, yet created the run: that run is the result.
      return dagRun(dagId, request.dagRunId());
    }
    return DagRun.fromJson(body(call, response), JSON);
  }

  public DagRun dagRun(String dagId, String dagRunId) {
    ApiCall call =
        ApiCall.get(
            api.dagRunPath(dagId, dagRunId),
            "read run '" + dagRunId + "' of DAG '" + dagId + "'",
            "run '" + dagRunId + "' of DAG '" + dagId + "'");
    return DagRun.fromJson(body(call, http.send(call, auth)), JSON);
  }

  /**
   * The newest {@code limit} runs of {@code dagId}, newest first ({@code order_by=-id}, which both
   * APIs accept), and how many it has in all.
   */
  public DagRunPage dagRuns(String dagId, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("a page of runs holds at least 1: " + limit);
    }
    ApiCall call =
        ApiCall.get(
            api.dagRunsPath(dagId) + "?limit=" + limit + "&order_by=-id",
            "list the runs of DAG '" + dagId + "'",
            "DAG '" + dagId + "'");
    JsonNode page = body(call, http.send(call, auth));
    List<DagRun> runs = new ArrayList<>();
    for (JsonNode run : page.path("dag_runs")) {
      runs.add(DagRun.fromJson(run, JSON));
    }
    if (runs.isEmpty() && api == AirflowApiVersion.AIRFLOW_2) {
      // API v1 lists no runs for a DAG that does not exist; ask for the DAG so a typo says so.
      checkDagExists(dagId);
    }
    return new DagRunPage(runs, page.path("total_entries").asInt(runs.size()));
  }

  /** Pauses or unpauses {@code dagId}; answers whether Airflow now reports it paused. */
  public boolean setPaused(String dagId, boolean paused) {
    ObjectNode patch = JSON.createObjectNode().put("is_paused", paused);
    ApiCall call =
        new ApiCall(
            "PATCH",
            api.dagPath(dagId) + "?update_mask=is_paused",
            patch.toString(),
            (paused ? "pause" : "unpause") + " DAG '" + dagId + "'",
            "DAG '" + dagId + "'",
            null);
    return body(call, http.send(call, auth)).path("is_paused").asBoolean(paused);
  }

  private void checkDagExists(String dagId) {
    ApiCall call =
        ApiCall.get(api.dagPath(dagId), "read DAG '" + dagId + "'", "DAG '" + dagId + "'");
    body(call, http.send(call, auth));
  }

  private JsonNode body(ApiCall call, AirflowResponse response) {
    if (!response.isSuccess()) {
      throw errors.toException(call, response);
    }
    try {
      JsonNode body = JSON.readTree(response.body());
      if (body != null && body.isObject()) {
        return body;
      }
    } catch (JsonProcessingException e) {
      // reported below with what came instead
    }
    throw new AirflowException(
        response.status(),
        "Airflow answered "
            + call.describe()
            + " with something that is not a JSON object: is "
            + http.settings().baseUrl()
            + " Airflow?");
  }
}
