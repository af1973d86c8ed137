package io.kefu.dags.airflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The body of the call that triggers a DAG run ({@code POST /api/v1|v2/dags/{dag_id}/dagRuns}): a
 * run id, the logical date and the run's {@code conf}, which our DAGs read for the data folder, the
 * model name and the seed.
 *
 * <p>The run id is always sent, never left to Airflow: a trigger retried after a 5xx then either
 * creates the run or meets it (409), and never makes a second one.
 *
 * @param logicalDate null: none. Airflow 3 then runs without one; Airflow 2 takes "now".
 */
public record DagRunRequest(String dagRunId, OffsetDateTime logicalDate, Map<String, Object> conf) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public DagRunRequest {
    Objects.requireNonNull(dagRunId, "dagRunId");
    if (dagRunId.isBlank()) {
      throw new IllegalArgumentException("a DAG run id is not blank");
    }
    // conf comes from JSON, where null values are legal; Map.copyOf would refuse them.
    conf = Collections.unmodifiableMap(new TreeMap<>(conf));
  }

  /** A run triggered now without a logical date, its id {@code kefu__} and the time in UTC. */
  public static DagRunRequest now(Map<String, Object> conf, Instant now) {
    return new DagRunRequest(runIdAt(now), null, conf);
  }

  /** {@code kefu__2026-11-22T02:00:00.123Z}: sorts by time, and says who triggered it. */
  public static String runIdAt(Instant time) {
    return "kefu__" + time.truncatedTo(ChronoUnit.MILLIS);
  }

  /**
   * The JSON body, field names as both specs document them. API v2 requires {@code logical_date} to
   * be present, null allowed ({@code TriggerDAGRunPostBody}); API v1 lets it be left out (Airflow 2
   * then takes the time of the call), so there it is left out when there is no date.
   */
  public String toJson(AirflowApiVersion api) {
    ObjectNode body = JSON.createObjectNode();
    body.put("dag_run_id", dagRunId);
    if (logicalDate != null) {
      body.put("logical_date", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(logicalDate));
    } else if (api == AirflowApiVersion.AIRFLOW_3) {
      body.putNull("logical_date");
    }
    body.set("conf", JSON.valueToTree(conf));
    return body.toString();
  }
}
