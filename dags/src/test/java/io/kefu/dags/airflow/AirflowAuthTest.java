package io.kefu.dags.airflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Basic auth on Airflow 2; on Airflow 3 a token from /auth/token, kept and renewed when stale. */
class AirflowAuthTest {

  private static final String DAG = "kefu_retrain";

  @Test
  void airflow2GetsTheUserAndPasswordOnEveryCall() {
    try (FakeAirflow airflow = FakeAirflow.start(AirflowApiVersion.AIRFLOW_2).withDag(DAG, false)) {
      AirflowClient client = airflow.adminClient();
      client.trigger(DAG, new DagRunRequest("r1", null, Map.of()));
      client.dagRun(DAG, "r1");

      String basic =
          "Basic "
              + Base64.getEncoder()
                  .encodeToString("admin:admin-secret".getBytes(StandardCharsets.UTF_8));
      assertThat(airflow.requests())
          .allSatisfy(request -> assertThat(request.header("Authorization")).isEqualTo(basic));
      assertThat(airflow.callsTo("/auth/token")).isZero();
    }
  }

  @Test
  void airflow3LogsInOnceAndSendsTheTokenAsBearer() throws Exception {
    try (FakeAirflow airflow = FakeAirflow.start(AirflowApiVersion.AIRFLOW_3).withDag(DAG, false)) {
      AirflowClient client = airflow.adminClient();
      client.trigger(DAG, new DagRunRequest("r1", null, Map.of()));
      client.dagRun(DAG, "r1");
      client.dagRuns(DAG, 5);

      assertThat(airflow.callsTo("/auth/token")).isEqualTo(1);
      FakeRequest login = AirflowClientTest.lastCallTo(airflow, "/auth/token");
      JsonNode body = new ObjectMapper().readTree(login.body());
      assertThat(login.method()).isEqualTo("POST");
      assertThat(login.header("Authorization")).isNull();
      assertThat(body.get("username").asText()).isEqualTo("admin");
      assertThat(body.get("password").asText()).isEqualTo("admin-secret");
      assertThat(airflow.requests())
          .filteredOn(request -> request.rawPath().startsWith("/api/v2/dags/"))
          .hasSize(3)
          .allSatisfy(
              request ->
                  assertThat(request.header("Authorization")).startsWith("Bearer fake-jwt-"));
    }
  }

  @Test
  void anExpiredTokenIsRenewedOnceAndTheCallMadeAgain() {
    try (FakeAirflow airflow = FakeAirflow.start(AirflowApiVersion.AIRFLOW_3).withDag(DAG, false)) {
      AirflowClient client = airflow.adminClient();
      client.trigger(DAG, new DagRunRequest("r1", null, Map.of()));
      airflow.expireTokens();

      assertThat(client.dagRun(DAG, "r1").state()).isEqualTo("queued");
      assertThat(airflow.callsTo("/auth/token")).isEqualTo(2);
    }
  }

  @Test
  void aTokenTheServerNoLongerKnowsIsRenewedToo() {
    try (FakeAirflow airflow = FakeAirflow.start(AirflowApiVersion.AIRFLOW_3).withDag(DAG, false)) {
      AirflowClient client = airflow.adminClient();
      client.setPaused(DAG, true);
      // An API server restarted with a new secret answers 403 "Invalid JWT token".
      airflow.forgetTokens();

      assertThat(client.setPaused(DAG, false)).isFalse();
      assertThat(airflow.callsTo("/auth/token")).isEqualTo(2);
    }
  }

  @Test
  void aRealRefusalIsNotRetriedWithANewToken() {
    try (FakeAirflow airflow = FakeAirflow.start(AirflowApiVersion.AIRFLOW_3).withDag(DAG, false)) {
      AirflowClient viewer =
          AirflowClient.connect(airflow.settings(FakeAirflow.VIEWER, FakeAirflow.VIEWER_PASSWORD));

      assertThatThrownBy(() -> viewer.setPaused(DAG, true))
          .isInstanceOf(AirflowException.class)
          .hasMessageContaining("(403 Forbidden)");
      assertThat(airflow.callsTo("/auth/token")).isEqualTo(1);
    }
  }
}
