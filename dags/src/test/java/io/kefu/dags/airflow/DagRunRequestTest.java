package io.kefu.dags.airflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DagRunRequestTest {

  @Test
  void bodyHasTheFieldsAirflowDocuments() throws Exception {
    DagRunRequest request =
        new DagRunRequest(
            "retrain__2026-11-22",
            OffsetDateTime.parse("2026-11-22T02:00:00+08:00"),
            Map.of("model", "intent", "seed", 7));

    JsonNode body = new ObjectMapper().readTree(request.toJson());

    assertThat(body.get("dag_run_id").asText()).isEqualTo("retrain__2026-11-22");
    assertThat(body.get("logical_date").asText()).isEqualTo("2026-11-22T02:00:00+08:00");
    assertThat(body.get("conf").get("model").asText()).isEqualTo("intent");
    assertThat(body.get("conf").get("seed").asInt()).isEqualTo(7);
  }

  @Test
  void pathRefusesDagIdsThatAreNotUrlSafe() {
    assertThat(DagRunRequest.path("kefu_retrain")).isEqualTo("/api/v1/dags/kefu_retrain/dagRuns");
    assertThatThrownBy(() -> DagRunRequest.path("../admin")).hasMessageContaining("DAG id");
  }
}
