package io.kefu.dags.airflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The fake refuses what Airflow refuses, in Airflow's words, whatever client calls it: a client
 * test that passes against it has met the documented contract, not just the fake's good will.
 */
class FakeAirflowTest {

  private static final String DAG = "kefu_retrain";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void apiV2RefusesATriggerWithoutLogicalDate() throws Exception {
    try (FakeAirflow airflow = FakeAirflow.start(AirflowApiVersion.AIRFLOW_3).withDag(DAG, false)) {
      HttpResponse<String> answer =
          send(
              airflow, "POST", "/api/v2/dags/" + DAG + "/dagRuns", token(airflow), "{\"conf\":{}}");

      assertThat(answer.statusCode()).isEqualTo(422);
      JsonNode error = JSON.readTree(answer.body()).get("detail").get(0);
      assertThat(error.get("type").asText()).isEqualTo("missing");
      assertThat(error.get("loc").toString()).isEqualTo("[\"body\",\"logical_date\"]");
      assertThat(error.get("msg").asText()).isEqualTo("Field required");
    }
  }

  @Test
  void apiV2RefusesFieldsTheBodyDoesNotDeclare() throws Exception {
    try (FakeAirflow airflow = FakeAirflow.start(AirflowApiVersion.AIRFLOW_3).withDag(DAG, false)) {
      HttpResponse<String> answer =
          send(
              airflow,
              "POST",
              "/api/v2/dags/" + DAG + "/dagRuns",
              token(airflow),
              "{\"logical_date\":null,\"execution_date\":null}");

      assertThat(answer.statusCode()).isEqualTo(422);
      JsonNode error = JSON.readTree(answer.body()).get("detail").get(0);
      assertThat(error.get("type").asText()).isEqualTo("extra_forbidden");
      assertThat(error.get("loc").get(1).asText()).isEqualTo("execution_date");
    }
  }

  @Test
  void apiV2WithoutATokenIs401NotAuthenticated() throws Exception {
    try (FakeAirflow airflow = FakeAirflow.start(AirflowApiVersion.AIRFLOW_3).withDag(DAG, false)) {
      HttpResponse<String> answer =
          send(airflow, "GET", "/api/v2/dags/" + DAG + "/dagRuns", null, null);

      assertThat(answer.statusCode()).isEqualTo(401);
      assertThat(answer.body()).isEqualTo("{\"detail\":\"Not authenticated\"}");
      assertThat(answer.headers().firstValue("WWW-Authenticate")).contains("Bearer");
    }
  }

  @Test
  void theLoginAnswers201WithATokenOr401OrTheValidationErrors() throws Exception {
    try (FakeAirflow airflow = FakeAirflow.start(AirflowApiVersion.AIRFLOW_3)) {
      HttpResponse<String> ok =
          send(
              airflow,
              "POST",
              "/auth/token",
              null,
              "{\"username\":\"admin\",\"password\":\"admin-secret\"}");
      HttpResponse<String> wrong =
          send(airflow, "POST", "/auth/token", null, "{\"username\":\"admin\",\"password\":\"x\"}");
      HttpResponse<String> incomplete =
          send(airflow, "POST", "/auth/token", null, "{\"username\":\"admin\"}");

      assertThat(ok.statusCode()).isEqualTo(201);
      assertThat(JSON.readTree(ok.body()).get("access_token").asText()).startsWith("fake-jwt-");
      assertThat(wrong.statusCode()).isEqualTo(401);
      assertThat(wrong.body()).isEqualTo("{\"detail\":\"Invalid credentials\"}");
      assertThat(incomplete.statusCode()).isEqualTo(422);
      assertThat(JSON.readTree(incomplete.body()).get("detail").get(0).get("loc").get(1).asText())
          .isEqualTo("password");
    }
  }

  @Test
  void apiV1WithoutCredentialsIs401ProblemJsonAskingForBasic() throws Exception {
    try (FakeAirflow airflow = FakeAirflow.start(AirflowApiVersion.AIRFLOW_2).withDag(DAG, false)) {
      HttpResponse<String> answer =
          send(airflow, "GET", "/api/v1/dags/" + DAG + "/dagRuns", null, null);

      assertThat(answer.statusCode()).isEqualTo(401);
      JsonNode problem = JSON.readTree(answer.body());
      assertThat(problem.get("title").asText()).isEqualTo("Unauthorized");
      assertThat(problem.get("status").asInt()).isEqualTo(401);
      assertThat(problem.get("detail").isNull()).isTrue();
      assertThat(problem.get("type").asText()).endsWith("#section/Errors/Unauthenticated");
      assertThat(answer.headers().firstValue("WWW-Authenticate")).contains("Basic");
    }
  }

  @Test
  void apiV1RefusesReadOnlyFieldsInATrigger() throws Exception {
    try (FakeAirflow airflow = FakeAirflow.start(AirflowApiVersion.AIRFLOW_2).withDag(DAG, false)) {
      HttpResponse<String> answer =
          send(
              airflow,
              "POST",
              "/api/v1/dags/" + DAG + "/dagRuns",
              basic(),
              "{\"state\":\"success\"}");

      assertThat(answer.statusCode()).isEqualTo(400);
      assertThat(JSON.readTree(answer.body()).get("detail").asText())
          .isEqualTo("Property is read-only - 'state'");
    }
  }

  @ParameterizedTest
  @EnumSource(AirflowApiVersion.class)
  void onlyIsPausedMayBeUpdated(AirflowApiVersion api) throws Exception {
    try (FakeAirflow airflow = FakeAirflow.start(api).withDag(DAG, false)) {
      String auth = api == AirflowApiVersion.AIRFLOW_2 ? basic() : token(airflow);
      HttpResponse<String> answer =
          send(
              airflow,
              "PATCH",
              api.dagPath(DAG) + "?update_mask=description",
              auth,
              "{\"is_paused\":true}");

      assertThat(answer.statusCode()).isEqualTo(400);
      assertThat(answer.body())
          .contains("Only `is_paused` field can be updated through the REST API");
      assertThat(airflow.isPaused(DAG)).isFalse();
    }
  }

  @ParameterizedTest
  @EnumSource(AirflowApiVersion.class)
  void theVersionIsPublicAndTheOtherApiIsAbsent(AirflowApiVersion api) throws Exception {
    try (FakeAirflow airflow = FakeAirflow.start(api)) {
      AirflowApiVersion other =
          api == AirflowApiVersion.AIRFLOW_2
              ? AirflowApiVersion.AIRFLOW_3
              : AirflowApiVersion.AIRFLOW_2;

      HttpResponse<String> own = send(airflow, "GET", api.versionPath(), null, null);
      HttpResponse<String> absent = send(airflow, "GET", other.versionPath(), null, null);

      assertThat(own.statusCode()).isEqualTo(200);
      assertThat(JSON.readTree(own.body()).get("version").asText()).startsWith(api.major() + ".");
      assertThat(absent.statusCode()).isEqualTo(404);
    }
  }

  private static HttpResponse<String> send(
      FakeAirflow airflow, String method, String path, String authorization, String body) {
    return airflow.call(method, path, authorization, body);
  }

  private static String token(FakeAirflow airflow) {
    return airflow.adminAuthorization();
  }

  private static String basic() {
    return "Basic "
        + Base64.getEncoder().encodeToString("admin:admin-secret".getBytes(StandardCharsets.UTF_8));
  }
}
