package io.kefu.dags.airflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every operation of the client against the fake Airflow, 2 and 3. */
class AirflowClientTest {

  private static final String DAG = "kefu_retrain";
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @EnumSource(AirflowApiVersion.class)
  void triggerSendsTheConfAndAnswersTheQueuedRun(AirflowApiVersion api) throws Exception {
    try (FakeAirflow airflow = FakeAirflow.start(api).withDag(DAG, false)) {
      DagRun run =
          airflow
              .adminClient()
              .trigger(
                  DAG,
                  DagRunRequest.now(
                      Map.of("day", "2026-11-22", "seed", 7),
                      Instant.parse("2026-11-22T02:00:00Z")));

      assertThat(run.dagId()).isEqualTo(DAG);
      assertThat(run.dagRunId()).isEqualTo("kefu__2026-11-22T02:00:00Z");
      assertThat(run.state()).isEqualTo("queued");
      assertThat(run.conf()).containsEntry("day", "2026-11-22").containsEntry("seed", 7);
      assertThat(run.startDate()).isNull();
      FakeRequest post = lastCallTo(airflow, "/dagRuns");
      assertThat(post.method()).isEqualTo("POST");
      assertThat(post.rawPath()).isEqualTo(api.basePath() + "/dags/" + DAG + "/dagRuns");
      JsonNode body = JSON.readTree(post.body());
      assertThat(body.get("conf").get("day").asText()).isEqualTo("2026-11-22");
      // API v2 requires logical_date to be present; v1 takes its absence as "now".
      assertThat(body.has("logical_date")).isEqualTo(api == AirflowApiVersion.AIRFLOW_3);
    }
  }

  @ParameterizedTest
  @EnumSource(AirflowApiVersion.class)
  void dagRunReadsTheStateDatesAndConf(AirflowApiVersion api) {
    try (FakeAirflow airflow = FakeAirflow.start(api).withDag(DAG, false)) {
      AirflowClient client = airflow.adminClient();
      String runId = "manual__2026-11-22T02:00:00+00:00";
      client.trigger(DAG, new DagRunRequest(runId, null, Map.of("model", "intent")));
      airflow.finish(DAG, runId, "success");

      DagRun run = client.dagRun(DAG, runId);

      assertThat(run.dagRunId()).isEqualTo(runId);
      assertThat(run.state()).isEqualTo("success");
      assertThat(run.finished()).isTrue();
      assertThat(run.startDate()).isNotNull();
      assertThat(run.endDate()).isAfter(run.startDate());
      assertThat(run.conf()).containsEntry("model", "intent");
    }
  }

  @ParameterizedTest
  @EnumSource(AirflowApiVersion.class)
  void dagRunsListsTheNewestFirstWithTheTotal(AirflowApiVersion api) {
    try (FakeAirflow airflow = FakeAirflow.start(api).withDag(DAG, false)) {
      AirflowClient client = airflow.adminClient();
      for (String runId : new String[] {"first", "second", "third"}) {
        client.trigger(DAG, new DagRunRequest(runId, null, Map.of()));
      }

      DagRunPage page = client.dagRuns(DAG, 2);

      assertThat(page.runs()).extracting(DagRun::dagRunId).containsExactly("third", "second");
      assertThat(page.totalEntries()).isEqualTo(3);
      assertThat(lastCallTo(airflow, "/dagRuns").query())
          .containsEntry("limit", List.of("2"))
          .containsEntry("order_by", List.of("-id"));
    }
  }

  @ParameterizedTest
  @EnumSource(AirflowApiVersion.class)
  void aDagWithoutRunsListsNone(AirflowApiVersion api) {
    try (FakeAirflow airflow = FakeAirflow.start(api).withDag(DAG, false)) {
      DagRunPage page = airflow.adminClient().dagRuns(DAG, 20);

      assertThat(page.runs()).isEmpty();
      assertThat(page.totalEntries()).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(AirflowApiVersion.class)
  void pauseAndUnpauseSetIsPausedOnly(AirflowApiVersion api) {
    try (FakeAirflow airflow = FakeAirflow.start(api).withDag(DAG, false)) {
      AirflowClient client = airflow.adminClient();

      assertThat(client.setPaused(DAG, true)).isTrue();
      assertThat(airflow.isPaused(DAG)).isTrue();
      FakeRequest patch = lastCallTo(airflow, "/dags/" + DAG);
      assertThat(patch.method()).isEqualTo("PATCH");
      assertThat(patch.query()).containsEntry("update_mask", List.of("is_paused"));
      assertThat(patch.body()).isEqualTo("{\"is_paused\":true}");

      assertThat(client.setPaused(DAG, false)).isFalse();
      assertThat(airflow.isPaused(DAG)).isFalse();
    }
  }

  @ParameterizedTest
  @EnumSource(AirflowApiVersion.class)
  void theApiVersionIsAskedOfTheServerWhenNotSet(AirflowApiVersion api) {
    try (FakeAirflow airflow = FakeAirflow.start(api).withDag(DAG, false)) {
      AirflowSettings settings =
          new AirflowSettings(
              URI.create(airflow.url()),
              Optional.empty(),
              FakeAirflow.ADMIN,
              FakeAirflow.ADMIN_PASSWORD,
              Duration.ofSeconds(2),
              Duration.ofSeconds(5),
              RetryPolicy.DEFAULT);

      AirflowClient client = AirflowClient.connect(settings);

      assertThat(client.apiVersion()).isEqualTo(api);
      assertThat(client.setPaused(DAG, true)).isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(AirflowApiVersion.class)
  void runIdsWithColonsAndPlusesRoundTrip(AirflowApiVersion api) {
    try (FakeAirflow airflow = FakeAirflow.start(api).withDag(DAG, false)) {
      String runId = "scheduled__2026-11-22T02:00:00+00:00";
      airflow.addRun(DAG, runId);

      assertThat(airflow.adminClient().dagRun(DAG, runId).dagRunId()).isEqualTo(runId);
    }
  }

  static FakeRequest lastCallTo(FakeAirflow airflow, String pathPart) {
    return airflow.requests().stream()
        .filter(request -> request.rawPath().contains(pathPart))
        .reduce((first, second) -> second)
        .orElseThrow();
  }
}
