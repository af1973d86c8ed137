package io.kefu.dags.airflow;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code ./kefu airflow pause DAG}: the scheduler starts no new runs until it is unpaused. */
@Command(
    name = "pause",
    mixinStandardHelpOptions = true,
    description = "Pause a DAG: the scheduler starts no new runs of it.")
public final class AirflowPauseCommand implements Callable<Integer> {

  @ParentCommand AirflowCommand airflow;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin AirflowOptions options;

  @Parameters(index = "0", paramLabel = "DAG", description = "the DAG id")
  String dagId;

  @Override
  public Integer call() {
    return setPaused(airflow, options, spec, dagId, true);
  }

  /** Shared with {@code unpause}: asks for the state, and checks Airflow reports it. */
  static int setPaused(
      AirflowCommand airflow,
      AirflowOptions options,
      CommandLine.Model.CommandSpec spec,
      String dagId,
      boolean paused) {
    boolean now = airflow.client(options, spec).setPaused(dagId, paused);
    if (now != paused) {
      throw new AirflowException(
          200, "Airflow still reports DAG " + dagId + " as " + (now ? "paused" : "unpaused"));
    }
    spec.commandLine().getOut().println((paused ? "paused " : "unpaused ") + dagId);
    return 0;
  }
}
