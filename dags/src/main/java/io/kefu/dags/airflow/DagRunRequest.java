package io.kefu.dags.airflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Objects;

/**
 * The body of Airflow's stable REST API call that triggers a DAG run ({@code POST
 * /api/v1/dags/{dag_id}/dagRuns}): a run id, the logical date and the run's {@code conf}, which our
 * DAGs read for the data folder, the model name and the seed.
 */
public record DagRunRequest(String dagRunId, OffsetDateTime logicalDate, Map<String, Object> conf) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public DagRunRequest {
    Objects.requireNonNull(dagRunId, "dagRunId");
    Objects.requireNonNull(logicalDate, "logicalDate");
    conf = Map.copyOf(conf);
  }

  /** The JSON body, field names as Airflow documents them. */
  public String toJson() {
    ObjectNode body = JSON.createObjectNode();
    body.put("dag_run_id", dagRunId);
    body.put("logical_date", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(logicalDate));
    body.set("conf", JSON.valueToTree(new java.util.TreeMap<>(conf)));
    return body.toString();
  }

  /** The request path for a DAG, with the id URL-safe as Airflow requires. */
  public static String path(String dagId) {
    if (!dagId.matches("[A-Za-z0-9_.\\-]+")) {
      throw new IllegalArgumentException(
          "an Airflow DAG id has letters, digits, '_', '.' and '-' only: " + dagId);
    }
    return "/api/v1/dags/" + dagId + "/dagRuns";
  }
}
