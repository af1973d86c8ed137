package io.kefu.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * Runs a picocli command the way every Kefu command promises (CONTRACT §1): exit code 0 on success,
 * and on failure one line naming the command, the reason and, when the launcher set one, the log
 * file that holds the engines' messages, on stderr with a non-zero exit code. {@code KEFU_DEBUG=1}
 * adds the stack trace for whoever debugs.
 */
public final class CommandLines {

  /** Exit code of a command that failed while running (bad flags exit with picocli's 2). */
  public static final int FAILED = 1;

  /** The system property by which the launcher names this run's log file (see log4j2.xml). */
  public static final String LOG_FILE_PROPERTY = "kefu.log.file";

  private CommandLines() {}

  public static int run(Object command, String... args) {
    CommandLine cli = new CommandLine(command);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println(failureLine(commandLine.getCommandName(), e, logFile()));
          if ("1".equals(System.getenv("KEFU_DEBUG"))) {
            e.printStackTrace(commandLine.getErr());
          }
          return FAILED;
        });
    return cli.execute(args);
  }

  /** The line printed for a failed command; names the log file when there is one to read. */
  static String failureLine(String command, Throwable e, Path logFile) {
    String line = command + ": " + reason(e);
    return logFile != null && Files.isRegularFile(logFile)
        ? line + " (log: " + logFile + ")"
        : line;
  }

  private static Path logFile() {
    String name = System.getProperty(LOG_FILE_PROPERTY);
    return name == null || name.isBlank() ? null : Path.of(name);
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
