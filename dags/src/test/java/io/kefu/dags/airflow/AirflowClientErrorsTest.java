package io.kefu.dags.airflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each documented failure, on Airflow 2 and 3, becomes one line that says what to do. */
class AirflowClientErrorsTest {

  private static final String DAG = "kefu_retrain";

  @ParameterizedTest
  @EnumSource(AirflowApiVersion.class)
  void aWrongPasswordIs401NamingTheVariables(AirflowApiVersion api) {
    try (FakeAirflow airflow = FakeAirflow.start(api).withDag(DAG, false)) {
      AirflowClient client = AirflowClient.connect(airflow.settings(FakeAirflow.ADMIN, "wrong"));

      AirflowException e = failure(() -> client.dagRuns(DAG, 5));

      assertThat(e.status()).isEqualTo(401);
      assertThat(e.getMessage())
          .startsWith("Airflow at " + airflow.url() + " refused the login of user 'admin' (401")
          .endsWith("check KEFU_AIRFLOW_USER and KEFU_AIRFLOW_PASSWORD");
      if (api == AirflowApiVersion.AIRFLOW_3) {
        assertThat(e.getMessage()).contains("(401 Unauthorized: Invalid credentials)");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(AirflowApiVersion.class)
  void aViewerMayReadButNotTrigger(AirflowApiVersion api) {
    try (FakeAirflow airflow = FakeAirflow.start(api).withDag(DAG, false)) {
      AirflowClient viewer =
          AirflowClient.connect(airflow.settings(FakeAirflow.VIEWER, FakeAirflow.VIEWER_PASSWORD));

      assertThat(viewer.dagRuns(DAG, 5).runs()).isEmpty();
      AirflowException e = failure(() -> viewer.trigger(DAG, run("r1")));

      assertThat(e.status()).isEqualTo(403);
      assertThat(e.getMessage())
          .isEqualTo(
              "Airflow user 'viewer' may not trigger DAG 'kefu_retrain' (403 Forbidden): "
                  + "give the user a role that may (Admin, Op or User)");
    }
  }

  @ParameterizedTest
  @EnumSource(AirflowApiVersion.class)
  void anUnknownDagIs404WhateverTheCall(AirflowApiVersion api) {
    try (FakeAirflow airflow = FakeAirflow.start(api).withDag(DAG, false)) {
      AirflowClient client = airflow.adminClient();

      AirflowException trigger = failure(() -> client.trigger("kefu_retrian", run("r1")));
      AirflowException runs = failure(() -> client.dagRuns("kefu_retrian", 5));
      AirflowException pause = failure(() -> client.setPaused("kefu_retrian", true));

      String noDag = "Airflow at " + airflow.url() + " has no DAG 'kefu_retrian' (404 Not Found: ";
      assertThat(trigger.status()).isEqualTo(404);
      assertThat(trigger.getMessage())
          .startsWith(noDag)
          .contains("DAG with dag_id: 'kefu_retrian' not found");
      // API v1 lists no runs of a missing DAG: the client asks for the DAG to say so.
      assertThat(runs.getMessage()).startsWith(noDag);
      assertThat(pause.getMessage()).startsWith(noDag).contains("kefu_retrian");
    }
  }

  @ParameterizedTest
  @EnumSource(AirflowApiVersion.class)
  void anUnknownRunIs404NamingTheRun(AirflowApiVersion api) {
    try (FakeAirflow airflow = FakeAirflow.start(api).withDag(DAG, false)) {
      AirflowException e = failure(() -> airflow.adminClient().dagRun(DAG, "nope"));

      assertThat(e.status()).isEqualTo(404);
      assertThat(e.getMessage())
          .startsWith("Airflow at " + airflow.url() + " has no run 'nope' of DAG 'kefu_retrain'")
          .contains("nope");
    }
  }

  @ParameterizedTest
  @EnumSource(AirflowApiVersion.class)
  void aTakenRunIdIs409(AirflowApiVersion api) {
    try (FakeAirflow airflow = FakeAirflow.start(api).withDag(DAG, false)) {
      AirflowClient client = airflow.adminClient();
      client.trigger(DAG, run("nightly"));

      AirflowException e = failure(() -> client.trigger(DAG, run("nightly")));

      assertThat(e.status()).isEqualTo(409);
      assertThat(e.getMessage())
          .startsWith("DAG 'kefu_retrain' already has a run 'nightly': choose another run id (409")
          .contains(
              api == AirflowApiVersion.AIRFLOW_2
                  ? "DAGRun with DAG ID: 'kefu_retrain' and DAGRun ID: 'nightly' already exists"
                  : "Unique constraint violation");
    }
  }

  @ParameterizedTest
  @EnumSource(AirflowApiVersion.class)
  void fiveHundredsAreRetriedWithBackoffUntilAirflowAnswers(AirflowApiVersion api) {
    try (FakeAirflow airflow = FakeAirflow.start(api).withDag(DAG, false)) {
      AirflowClient client = airflow.adminClient();
      airflow.failNextDagCalls(2, 503);

      DagRun run = client.trigger(DAG, run("r1"));

      assertThat(run.dagRunId()).isEqualTo("r1");
      assertThat(airflow.callsTo("/dagRuns")).isEqualTo(3);
    }
  }

  @ParameterizedTest
  @EnumSource(AirflowApiVersion.class)
  void fiveHundredsThatLastFailAfterTheLastAttempt(AirflowApiVersion api) {
    try (FakeAirflow airflow = FakeAirflow.start(api).withDag(DAG, false)) {
      AirflowClient client = airflow.adminClient();
      airflow.failNextDagCalls(10, 500);

      AirflowException e = failure(() -> client.dagRuns(DAG, 5));

      assertThat(e.status()).isEqualTo(500);
      assertThat(e.getMessage())
          .startsWith(
              "Airflow at "
                  + airflow.url()
                  + " failed to list the runs of DAG 'kefu_retrain' 3 times (500 Internal Server Error")
          .endsWith("see the API server's log");
      assertThat(airflow.callsTo("/dagRuns")).isEqualTo(3);
    }
  }

  @ParameterizedTest
  @EnumSource(AirflowApiVersion.class)
  void aTriggerThatLandedBeforeA5xxIsNotMadeTwice(AirflowApiVersion api) {
    try (FakeAirflow airflow = FakeAirflow.start(api).withDag(DAG, false)) {
      AirflowClient client = airflow.adminClient();
      airflow.failNextDagCallsAfterHandling(1, 504);

      DagRun run = client.trigger(DAG, run("r1"));

      assertThat(run.dagRunId()).isEqualTo("r1");
      assertThat(client.dagRuns(DAG, 10).totalEntries()).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @EnumSource(AirflowApiVersion.class)
  void aSecondRunAtTheSameLogicalDateIs409(AirflowApiVersion api) {
    try (FakeAirflow airflow = FakeAirflow.start(api).withDag(DAG, false)) {
      AirflowClient client = airflow.adminClient();
      OffsetDateTime day = OffsetDateTime.parse("2026-11-22T02:00:00Z");
      client.trigger(DAG, new DagRunRequest("r1", day, Map.of()));

      AirflowException e =
          failure(() -> client.trigger(DAG, new DagRunRequest("r2", day, Map.of())));

      assertThat(e.status()).isEqualTo(409);
      assertThat(e.getMessage())
          .startsWith(
              "DAG 'kefu_retrain' already has a run 'r2' or a run at 2026-11-22T02:00Z: choose"
                  + " another run id (409 Conflict");
    }
  }

  @Test
  void anAirflowThatDoesNotAnswerIsOneLineThatSaysWhereItWasLookedFor() {
    FakeAirflow stopped = FakeAirflow.start(AirflowApiVersion.AIRFLOW_3);
    stopped.close();
    AirflowClient client =
        AirflowClient.connect(stopped.settings(FakeAirflow.ADMIN, FakeAirflow.ADMIN_PASSWORD));

    AirflowException e = failure(() -> client.dagRun(DAG, "r1"));

    assertThat(e.status()).isZero();
    assertThat(e.getMessage())
        .startsWith(
            "Airflow is not reachable at " + stopped.url() + " (connection refused, 3 attempts)")
        .endsWith("start it, or point KEFU_AIRFLOW_URL (or --url) at it")
        .doesNotContain("\n");
  }

  @Test
  void aWebAppThatIsNotAirflowIsNotTakenForIt() throws Exception {
    // Kefu's dashboard listens on 8080 too and answers its single page for any path.
    HttpServer dashboard =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    dashboard.createContext(
        "/",
        exchange -> {
          byte[] page = "<html>Kefu</html>".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, page.length);
          exchange.getResponseBody().write(page);
          exchange.close();
        });
    dashboard.start();
    try {
      String url = "http://127.0.0.1:" + dashboard.getAddress().getPort();
      AirflowSettings settings =
          new AirflowSettings(
              URI.create(url),
              Optional.empty(),
              "admin",
              "pw",
              Duration.ofSeconds(2),
              Duration.ofSeconds(5),
              new RetryPolicy(1, Duration.ZERO));

      AirflowException e = failure(() -> AirflowClient.connect(settings));

      assertThat(e.getMessage())
          .isEqualTo(
              "found no Airflow REST API at "
                  + url
                  + " (GET /api/v2/version answered 200, /api/v1/version 200): check"
                  + " KEFU_AIRFLOW_URL (or --url), or set KEFU_AIRFLOW_API=2|3");
    } finally {
      dashboard.stop(0);
    }
  }

  private static DagRunRequest run(String runId) {
    return new DagRunRequest(runId, null, Map.of());
  }

  private static AirflowException failure(ThrowingCallable call) {
    return catchThrowableOfType(AirflowException.class, call);
  }
}
