package io.kefu.registry.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ./kefu registry}: lists, shows, promotes, rolls back and tags model versions. Failures
 * print one line {@code error: ...} and exit non-zero (1 for a refused or failed operation, 2 for a
 * bad command line).
 */
@Command(
    name = "registry",
    mixinStandardHelpOptions = true,
    description = "Versioned models with provenance, aliases, a promotion gate and an audit log.",
    subcommands = {
      ListCommand.class,
      ShowCommand.class,
      PromoteCommand.class,
      RollbackCommand.class,
      HistoryCommand.class,
      TagCommand.class,
      ServeCommand.class
    })
public final class RegistryCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line with one-line error handling, for {@code main} and for tests. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new RegistryCommand());
    cli.setExecutionExceptionHandler(
        (e, failed, parseResult) -> {
          PrintWriter err = failed.getErr();
          err.println("error: " + e.getMessage());
          err.flush();
          return 1;
        });
    cli.setParameterExceptionHandler(
        (e, args) -> {
          PrintWriter err = e.getCommandLine().getErr();
          err.println("error: " + e.getMessage() + " (see --help)");
          err.flush();
          return 2;
        });
    return cli;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "a subcommand is needed: list, show, promote, rollback, history, tag, serve");
  }
}
