package io.kefu.dags.airflow;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code ./kefu airflow unpause DAG}: the scheduler starts runs of it again. */
@Command(
    name = "unpause",
    mixinStandardHelpOptions = true,
    description = "Unpause a DAG: the scheduler starts its runs again.")
public final class AirflowUnpauseCommand implements Callable<Integer> {

  @ParentCommand AirflowCommand airflow;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin AirflowOptions options;

  @Parameters(index = "0", paramLabel = "DAG", description = "the DAG id")
  String dagId;

  @Override
  public Integer call() {
    return AirflowPauseCommand.setPaused(airflow, options, spec, dagId, false);
  }
}
