package io.kefu.core.cli;

import picocli.CommandLine;

/**
 * Runs a picocli command the way every Kefu command promises (CONTRACT §1): exit code 0 on success,
 * and on failure one line naming the command and the reason on stderr with a non-zero exit code.
 * {@code KEFU_DEBUG=1} adds the stack trace for whoever debugs.
 */
public final class CommandLines {

  /** Exit code of a command that failed while running (bad flags exit with picocli's 2). */
  public static final int FAILED = 1;

  private CommandLines() {}

  public static int run(Object command, String... args) {
    CommandLine cli = new CommandLine(command);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println(commandLine.getCommandName() + ": " + reason(e));
          if ("1".equals(System.getenv("KEFU_DEBUG"))) {
            e.printStackTrace(commandLine.getErr());
          }
          return FAILED;
        });
    return cli.execute(args);
  }

  /**
   * The reason of a failure on one line: the outermost message, and the root cause's when it says
   * something more ("ClickHouse is not reachable at …: Connection refused"). Wrappers whose message
   * is just their cause's are skipped.
   */
  static String reason(Throwable e) {
    String outer = null;
    String root = null;
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = t.getMessage();
      boolean wrapper = t.getCause() != null && String.valueOf(t.getCause()).equals(message);
      if (message != null && !message.isBlank() && !wrapper) {
        if (outer == null) {
          outer = firstLine(message);
        }
        root = firstLine(message);
      }
    }
    if (outer == null) {
      return e.getClass().getSimpleName();
    }
    return outer.equals(root) || outer.contains(root) ? outer : outer + ": " + root;
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).strip();
  }
}
