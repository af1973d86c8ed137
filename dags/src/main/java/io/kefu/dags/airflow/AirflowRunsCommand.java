package io.kefu.dags.airflow;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code ./kefu airflow runs DAG [--limit N]}. */
@Command(
    name = "runs",
    mixinStandardHelpOptions = true,
    description = "List the newest runs of a DAG, newest first, one per line.")
public final class AirflowRunsCommand implements Callable<Integer> {

  /** Airflow's default {@code maximum_page_limit}: larger pages are cut to it without a word. */
  static final int MAX_LIMIT = 100;

  @ParentCommand AirflowCommand airflow;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin AirflowOptions options;

  @Parameters(index = "0", paramLabel = "DAG", description = "the DAG id")
  String dagId;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "how many runs, 1 to " + MAX_LIMIT + " (default: ${DEFAULT-VALUE})")
  int limit = 20;

  @Override
  public Integer call() {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--limit is 1 to " + MAX_LIMIT + ": " + limit);
    }
    DagRunPage page = airflow.client(options, spec).dagRuns(dagId, limit);
    PrintWriter out = spec.commandLine().getOut();
    page.runs().forEach(run -> out.println(AirflowCommand.describe(run)));
    out.println(
        page.runs().isEmpty()
            ? "DAG " + dagId + " has no runs"
            : page.runs().size() + " of " + page.totalEntries() + " runs of DAG " + dagId);
    return 0;
  }
}
