package io.kefu.dags.airflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.cli.CommandLines;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import picocli.CommandLine;

/** {@code ./kefu airflow}: one readable line per result, one line and exit 1 on failure. */
class AirflowCommandTest {

  private static final String DAG = "kefu_retrain";
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneOffset.UTC);

  @ParameterizedTest
  @EnumSource(AirflowApiVersion.class)
  void triggerPrintsTheRunItCreated(AirflowApiVersion api) {
    try (FakeAirflow airflow = FakeAirflow.start(api).withDag(DAG, false)) {
      Result result = run(airflow, "trigger", DAG, "--conf", "{\"day\":\"2026-11-22\"}");

      assertThat(result.exitCode).isZero();
      // Airflow 3 runs without a logical date; Airflow 2 gives the run the time it got the call.
      assertThat(result.out)
          .startsWith(
              "triggered kefu_retrain kefu__2026-11-22T02:00:00Z: queued, logical date "
                  + (api == AirflowApiVersion.AIRFLOW_2 ? "20" : "-,"))
          .endsWith(", started -, ended -, conf {\"day\":\"2026-11-22\"}\n");
    }
  }

  @Test
  void triggerTakesTheRunIdGiven() {
    try (FakeAirflow airflow = FakeAirflow.start(AirflowApiVersion.AIRFLOW_3).withDag(DAG, false)) {
      Result result = run(airflow, "trigger", DAG, "--run-id", "backfill_2026-11-21");

      assertThat(result.exitCode).isZero();
      assertThat(result.out).startsWith("triggered kefu_retrain backfill_2026-11-21: queued");
    }
  }

  @Test
  void statusPrintsTheStateAndDates() {
    try (FakeAirflow airflow = FakeAirflow.start(AirflowApiVersion.AIRFLOW_3).withDag(DAG, false)) {
      run(airflow, "trigger", DAG, "--run-id", "r1");
      airflow.finish(DAG, "r1", "failed");

      Result result = run(airflow, "status", DAG, "r1");

      assertThat(result.exitCode).isZero();
      assertThat(result.out).startsWith("kefu_retrain r1: failed, logical date -, started 20");
      assertThat(result.out).contains(", ended 20").doesNotContain("conf").endsWith("\n");
      assertThat(result.out.lines()).hasSize(1);
    }
  }

  @Test
  void runsPrintsOneLinePerRunThenTheCount() {
    try (FakeAirflow airflow = FakeAirflow.start(AirflowApiVersion.AIRFLOW_2).withDag(DAG, false)) {
      run(airflow, "trigger", DAG, "--run-id", "r1");
      run(airflow, "trigger", DAG, "--run-id", "r2");

      Result result = run(airflow, "runs", DAG, "--limit", "1");

      assertThat(result.exitCode).isZero();
      assertThat(result.out.lines())
          .hasSize(2)
          .satisfies(lines -> assertThat(lines.get(0)).startsWith("kefu_retrain r2: queued"))
          .satisfies(
              lines -> assertThat(lines.get(1)).isEqualTo("1 of 2 runs of DAG kefu_retrain"));
    }
  }

  @ParameterizedTest
  @EnumSource(AirflowApiVersion.class)
  void pauseAndUnpauseSayWhatTheyDid(AirflowApiVersion api) {
    try (FakeAirflow airflow = FakeAirflow.start(api).withDag(DAG, false)) {
      assertThat(run(airflow, "pause", DAG).out).isEqualTo("paused kefu_retrain\n");
      assertThat(airflow.isPaused(DAG)).isTrue();
      assertThat(run(airflow, "unpause", DAG).out).isEqualTo("unpaused kefu_retrain\n");
      assertThat(airflow.isPaused(DAG)).isFalse();
    }
  }

  @Test
  void aConfThatIsNotAJsonObjectIsAUsageError() {
    try (FakeAirflow airflow = FakeAirflow.start(AirflowApiVersion.AIRFLOW_3).withDag(DAG, false)) {
      Result result = run(airflow, "trigger", DAG, "--conf", "[1,2]");

      assertThat(result.exitCode).isEqualTo(2);
      assertThat(result.err).contains("--conf is a JSON object");
      assertThat(airflow.callsTo("/dagRuns")).isZero();
    }
  }

  @Test
  void aBadApiFlagIsAUsageErrorNamingTheValues() {
    try (FakeAirflow airflow = FakeAirflow.start(AirflowApiVersion.AIRFLOW_3).withDag(DAG, false)) {
      Result result = run(airflow, "runs", DAG, "--api", "4");

      assertThat(result.exitCode).as(result.err).isEqualTo(2);
      assertThat(result.err).contains("2 (Airflow 2, /api/v1) or 3 (Airflow 3, /api/v2)");
    }
  }

  @Test
  void aFailurePrintsOneLineAndExits1() {
    try (FakeAirflow airflow = FakeAirflow.start(AirflowApiVersion.AIRFLOW_3).withDag(DAG, false)) {
      PrintStream stderr = System.err;
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int exitCode;
      try {
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        exitCode =
            CommandLines.run(
                new AirflowCommand(environment(airflow), CLOCK), "status", DAG, "missing");
      } finally {
        System.setErr(stderr);
      }

      assertThat(exitCode).isEqualTo(CommandLines.FAILED);
      assertThat(err.toString(StandardCharsets.UTF_8))
          .isEqualTo(
              "status: Airflow at "
                  + airflow.url()
                  + " has no run 'missing' of DAG 'kefu_retrain' (404 Not Found: The DagRun with"
                  + " dag_id: `kefu_retrain` and run_id: `missing` was not found)"
                  + System.lineSeparator());
    }
  }

  @Test
  void aMissingPasswordFailsNamingTheVariable() {
    try (FakeAirflow airflow = FakeAirflow.start(AirflowApiVersion.AIRFLOW_3).withDag(DAG, false)) {
      Map<String, String> environment = Map.of("KEFU_AIRFLOW_URL", airflow.url());

      Result result = run(new AirflowCommand(environment, CLOCK), "runs", DAG);

      assertThat(result.exitCode).isEqualTo(1);
      assertThat(result.err).contains("KEFU_AIRFLOW_PASSWORD is not set");
    }
  }

  @Test
  void withoutASubcommandItSaysWhichThereAre() {
    Result result = run(new AirflowCommand(Map.of(), CLOCK));

    assertThat(result.exitCode).isEqualTo(2);
    assertThat(result.err).contains("trigger, status, runs, pause or unpause");
  }

  private static Map<String, String> environment(FakeAirflow airflow) {
    return Map.of(
        "KEFU_AIRFLOW_URL",
        airflow.url(),
        "KEFU_AIRFLOW_USER",
        FakeAirflow.ADMIN,
        "KEFU_AIRFLOW_PASSWORD",
        FakeAirflow.ADMIN_PASSWORD,
        "KEFU_AIRFLOW_API",
        airflow.api().major());
  }

  private static Result run(FakeAirflow airflow, String... args) {
    return run(new AirflowCommand(environment(airflow), CLOCK), args);
  }

  /** Runs the command as CommandLines does, with its output and errors captured. */
  private static Result run(AirflowCommand command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(command);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    cli.setExecutionExceptionHandler(
        (e, failed, parseResult) -> {
          failed.getErr().println(e.getMessage());
          return CommandLines.FAILED;
        });
    int exitCode = cli.execute(args);
    return new Result(
        exitCode, out.toString().replace(System.lineSeparator(), "\n"), err.toString());
  }

  private record Result(int exitCode, String out, String err) {}
}
