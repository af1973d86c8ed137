package io.kefu.dags.airflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DagRunRequestTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void bodyHasTheFieldsAirflowDocuments() throws Exception {
    DagRunRequest request =
        new DagRunRequest(
            "retrain__2026-11-22",
            OffsetDateTime.parse("2026-11-22T02:00:00+08:00"),
            Map.of("model", "intent", "seed", 7));

    for (AirflowApiVersion api : AirflowApiVersion.values()) {
      JsonNode body = JSON.readTree(request.toJson(api));

      assertThat(body.get("dag_run_id").asText()).isEqualTo("retrain__2026-11-22");
      assertThat(body.get("logical_date").asText()).isEqualTo("2026-11-22T02:00:00+08:00");
      assertThat(body.get("conf").get("model").asText()).isEqualTo("intent");
      assertThat(body.get("conf").get("seed").asInt()).isEqualTo(7);
    }
  }

  @Test
  void apiV2BodyCarriesLogicalDateAsNullWhenThereIsNone() throws Exception {
    JsonNode body =
        JSON.readTree(new DagRunRequest("r1", null, Map.of()).toJson(AirflowApiVersion.AIRFLOW_3));

    assertThat(body.has("logical_date")).isTrue();
    assertThat(body.get("logical_date").isNull()).isTrue();
  }

  @Test
  void apiV1BodyLeavesOutALogicalDateThereIsNone() throws Exception {
    JsonNode body =
        JSON.readTree(new DagRunRequest("r1", null, Map.of()).toJson(AirflowApiVersion.AIRFLOW_2));

    assertThat(body.has("logical_date")).isFalse();
    assertThat(body.get("conf").isObject()).isTrue();
  }

  @Test
  void runIdSaysKefuAndTheTimeInUtc() {
    DagRunRequest request =
        DagRunRequest.now(Map.of(), Instant.parse("2026-11-22T02:00:00.123456Z"));

    assertThat(request.dagRunId()).isEqualTo("kefu__2026-11-22T02:00:00.123Z");
    assertThat(request.logicalDate()).isNull();
  }

  @Test
  void confKeepsNullValuesThatJsonAllows() throws Exception {
    Map<String, Object> conf = new HashMap<>();
    conf.put("model", null);

    JsonNode body =
        JSON.readTree(new DagRunRequest("r1", null, conf).toJson(AirflowApiVersion.AIRFLOW_3));

    assertThat(body.get("conf").get("model").isNull()).isTrue();
  }

  @Test
  void blankRunIdIsRefused() {
    assertThatThrownBy(() -> new DagRunRequest(" ", null, Map.of())).hasMessageContaining("run id");
  }
}
