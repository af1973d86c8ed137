package io.kefu.dags.airflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the client and the fake to the spec excerpts under {@code src/test/resources/airflow/}:
 * what the client sends is what the request schemas declare, and what the fake answers is what the
 * response schemas declare (API v2 lists every field, null or not, as required).
 */
class AirflowSpecExcerptTest {

  private static final String DAG = "kefu_retrain";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode v1;
  private static JsonNode v2;
  private static JsonNode login;

  @BeforeAll
  static void readExcerpts() throws IOException {
    v1 = yaml("v1-excerpt.yaml");
    v2 = yaml("v2-excerpt.yaml");
    login = yaml("v2-auth-token-excerpt.yaml");
  }

  @Test
  void apiV2RunsCarryEveryFieldDagRunResponseRequires() throws Exception {
    try (FakeAirflow airflow = FakeAirflow.start(AirflowApiVersion.AIRFLOW_3).withDag(DAG, false)) {
      airflow.adminClient().trigger(DAG, new DagRunRequest("r1", null, Map.of("a", 1)));
      JsonNode page = body(airflow, "GET", "/api/v2/dags/" + DAG + "/dagRuns", null);

      assertThat(fields(page)).isEqualTo(required(v2, "DAGRunCollectionResponse"));
      assertThat(fields(page.get("dag_runs").get(0)))
          .isEqualTo(required(v2, "DAGRunResponse"))
          .isEqualTo(properties(v2, "DAGRunResponse"));
    }
  }

  @Test
  void apiV1RunsCarryOnlyFieldsDagRunDeclares() throws Exception {
    try (FakeAirflow airflow = FakeAirflow.start(AirflowApiVersion.AIRFLOW_2).withDag(DAG, false)) {
      airflow.adminClient().trigger(DAG, new DagRunRequest("r1", null, Map.of("a", 1)));
      JsonNode page = body(airflow, "GET", "/api/v1/dags/" + DAG + "/dagRuns", null);

      assertThat(fields(page)).isEqualTo(Set.of("dag_runs", "total_entries"));
      assertThat(properties(v1, "DAGRun")).containsAll(fields(page.get("dag_runs").get(0)));
    }
  }

  @Test
  void theDagsAnsweredAfterAPatchMatchTheirSchemas() throws Exception {
    try (FakeAirflow airflow2 = FakeAirflow.start(AirflowApiVersion.AIRFLOW_2).withDag(DAG, false);
        FakeAirflow airflow3 = FakeAirflow.start(AirflowApiVersion.AIRFLOW_3).withDag(DAG, false)) {
      JsonNode dag2 =
          body(
              airflow2,
              "PATCH",
              "/api/v1/dags/" + DAG + "?update_mask=is_paused",
              "{\"is_paused\":true}");
      JsonNode dag3 =
          body(
              airflow3,
              "PATCH",
              "/api/v2/dags/" + DAG + "?update_mask=is_paused",
              "{\"is_paused\":true}");

      assertThat(properties(v1, "DAG")).containsAll(fields(dag2));
      assertThat(fields(dag3)).isEqualTo(required(v2, "DAGResponse"));
    }
  }

  @Test
  void theClientsTriggerBodiesAreWhatEachApiDeclares() throws Exception {
    DagRunRequest request = new DagRunRequest("r1", null, Map.of("day", "2026-11-22"));

    Set<String> v2Body = fields(JSON.readTree(request.toJson(AirflowApiVersion.AIRFLOW_3)));
    Set<String> v1Body = fields(JSON.readTree(request.toJson(AirflowApiVersion.AIRFLOW_2)));

    assertThat(properties(v2, "TriggerDAGRunPostBody")).containsAll(v2Body);
    assertThat(v2Body).containsAll(required(v2, "TriggerDAGRunPostBody"));
    assertThat(writable(v1, "DAGRun")).containsAll(v1Body);
    // The fake refuses exactly what the schema does not declare.
    assertThat(FakeApiV2.TRIGGER_FIELDS).isEqualTo(properties(v2, "TriggerDAGRunPostBody"));
  }

  @Test
  void theClientsPatchAndLoginBodiesAreWhatTheSchemasDeclare() throws Exception {
    try (FakeAirflow airflow = FakeAirflow.start(AirflowApiVersion.AIRFLOW_3).withDag(DAG, false)) {
      airflow.adminClient().setPaused(DAG, true);

      Set<String> patch =
          fields(JSON.readTree(AirflowClientTest.lastCallTo(airflow, "/dags/").body()));
      Set<String> loginBody =
          fields(JSON.readTree(AirflowClientTest.lastCallTo(airflow, "/auth/token").body()));

      assertThat(patch).isEqualTo(required(v2, "DAGPatchBody"));
      assertThat(writable(v1, "DAG")).containsAll(patch);
      assertThat(loginBody).isEqualTo(required(login, "LoginBody"));
    }
  }

  @Test
  void theFakesErrorsHaveTheDocumentedShapes() throws Exception {
    try (FakeAirflow airflow2 = FakeAirflow.start(AirflowApiVersion.AIRFLOW_2);
        FakeAirflow airflow3 = FakeAirflow.start(AirflowApiVersion.AIRFLOW_3)) {
      JsonNode problem =
          JSON.readTree(airflow2.call("GET", "/api/v1/dags/x/dagRuns/y", null, null).body());
      JsonNode missing =
          JSON.readTree(
              airflow3
                  .call("GET", "/api/v2/dags/x/dagRuns/y", airflow3.adminAuthorization(), null)
                  .body());
      JsonNode invalid =
          JSON.readTree(
              airflow3
                  .call("POST", "/api/v2/dags/x/dagRuns", airflow3.adminAuthorization(), "{}")
                  .body());

      assertThat(fields(problem)).containsAll(required(v1, "Error"));
      assertThat(fields(missing)).containsAll(required(v2, "HTTPExceptionResponse"));
      assertThat(fields(invalid.get("detail").get(0))).containsAll(required(v2, "ValidationError"));
    }
  }

  @Test
  void versionAnswersMatchVersionInfo() throws Exception {
    try (FakeAirflow airflow2 = FakeAirflow.start(AirflowApiVersion.AIRFLOW_2);
        FakeAirflow airflow3 = FakeAirflow.start(AirflowApiVersion.AIRFLOW_3)) {
      JsonNode version2 = JSON.readTree(airflow2.call("GET", "/api/v1/version", null, null).body());
      JsonNode version3 = JSON.readTree(airflow3.call("GET", "/api/v2/version", null, null).body());

      assertThat(properties(v1, "VersionInfo")).containsAll(fields(version2));
      assertThat(fields(version3)).isEqualTo(required(v2, "VersionInfo"));
    }
  }

  private static JsonNode body(FakeAirflow airflow, String method, String path, String body)
      throws IOException {
    var answer = airflow.call(method, path, airflow.adminAuthorization(), body);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return JSON.readTree(answer.body());
  }

  private static JsonNode schema(JsonNode spec, String name) {
    JsonNode schema = spec.path("components").path("schemas").path(name);
    assertThat(schema.isObject()).as("schema " + name + " in the excerpt").isTrue();
    return schema;
  }

  private static Set<String> properties(JsonNode spec, String name) {
    return fields(schema(spec, name).path("properties"));
  }

  private static Set<String> required(JsonNode spec, String name) {
    Set<String> required = new TreeSet<>();
    schema(spec, name).path("required").forEach(field -> required.add(field.asText()));
    return required;
  }

  /** The properties a request may set: those not marked readOnly. */
  private static Set<String> writable(JsonNode spec, String name) {
    Set<String> writable = new TreeSet<>();
    schema(spec, name)
        .path("properties")
        .fields()
        .forEachRemaining(
            field -> {
              if (!field.getValue().path("readOnly").asBoolean(false)) {
                writable.add(field.getKey());
              }
            });
    return writable;
  }

  private static Set<String> fields(JsonNode node) {
    Set<String> fields = new HashSet<>();
    node.fieldNames().forEachRemaining(fields::add);
    return new TreeSet<>(fields);
  }

  private static JsonNode yaml(String name) throws IOException {
    try (InputStream in = AirflowSpecExcerptTest.class.getResourceAsStream("/airflow/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new ObjectMapper(new YAMLFactory()).readTree(in);
    }
  }
}
