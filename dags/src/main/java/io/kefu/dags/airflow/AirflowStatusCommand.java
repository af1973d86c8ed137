package io.kefu.dags.airflow;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code ./kefu airflow status DAG RUN_ID}. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = "Show one run of a DAG: its state, dates and conf.")
public final class AirflowStatusCommand implements Callable<Integer> {

  @ParentCommand AirflowCommand airflow;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin AirflowOptions options;

  @Parameters(index = "0", paramLabel = "DAG", description = "the DAG id")
  String dagId;

  @Parameters(index = "1", paramLabel = "RUN_ID", description = "the run id")
  String runId;

  @Override
  public Integer call() {
    DagRun run = airflow.client(options, spec).dagRun(dagId, runId);
    spec.commandLine().getOut().println(AirflowCommand.describe(run));
    return 0;
  }
}
