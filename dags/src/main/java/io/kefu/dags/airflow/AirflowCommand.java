package io.kefu.dags.airflow;

import io.kefu.cli.CommandLines;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ./kefu airflow}: triggers, inspects, lists, pauses and unpauses Airflow DAGs through its
 * REST API ({@link AirflowClient}), Airflow 2 or 3. Prints one line per result; a failure prints
 * one line and exits 1 ({@link CommandLines#run}).
 */
@Command(
    name = "airflow",
    mixinStandardHelpOptions = true,
    description = {
      "Client of Airflow's stable REST API (Airflow 2: /api/v1, Airflow 3: /api/v2).",
      "Connection: $KEFU_AIRFLOW_URL, $KEFU_AIRFLOW_USER, $KEFU_AIRFLOW_PASSWORD,"
          + " $KEFU_AIRFLOW_API (2|3, else asked of the server)."
    },
    subcommands = {
      AirflowTriggerCommand.class,
      AirflowStatusCommand.class,
      AirflowRunsCommand.class,
      AirflowPauseCommand.class,
      AirflowUnpauseCommand.class
    })
public final class AirflowCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final Map<String, String> environment;
  private final Clock clock;

  public AirflowCommand(Map<String, String> environment, Clock clock) {
    this.environment = Map.copyOf(environment);
    this.clock = clock;
  }

  public static void main(String[] args) {
    System.exit(CommandLines.run(new AirflowCommand(System.getenv(), Clock.systemUTC()), args));
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "a subcommand is needed: trigger, status, runs, pause or unpause");
  }

  AirflowClient client(AirflowOptions options, CommandLine.Model.CommandSpec subcommand) {
    return AirflowClient.connect(options.settings(environment, subcommand));
  }

  Clock clock() {
    return clock;
  }

  /**
   * One run on one line: {@code kefu_retrain kefu__2026-…: success, logical date -, started …,
   * ended …, conf {…}}.
   */
  static String describe(DagRun run) {
    StringBuilder line =
        new StringBuilder()
            .append(run.dagId())
            .append(' ')
            .append(run.dagRunId())
            .append(": ")
            .append(run.state())
            .append(", logical date ")
            .append(time(run.logicalDate()))
            .append(", started ")
            .append(time(run.startDate()))
            .append(", ended ")
            .append(time(run.endDate()));
    if (!run.conf().isEmpty()) {
      line.append(", conf ").append(AirflowTriggerCommand.confJson(run.conf()));
    }
    return line.toString();
  }

  private static String time(OffsetDateTime time) {
    return time == null
        ? "-"
        : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.truncatedTo(ChronoUnit.SECONDS));
  }
}
