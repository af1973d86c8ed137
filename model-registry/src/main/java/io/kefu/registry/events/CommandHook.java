package io.kefu.registry.events;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command once per event with the event as one JSON line on its standard input, for example
 * a script that triggers a deployment. A non-zero exit or a timeout is a failed delivery.
 */
public final class CommandHook implements ModelEventPublisher {

  private final List<String> command;
  private final Duration timeout;

  /**
   * @param command the program and its arguments (no shell unless given, as in {@code sh -c ...})
   * @param timeout how long the command may run
   */
  public CommandHook(List<String> command, Duration timeout) {
    if (command.isEmpty()) {
      throw new IllegalArgumentException("a hook command needs at least a program");
    }
    this.command = List.copyOf(command);
    this.timeout = timeout;
  }

  @Override
  public void publish(ModelEvent event) throws EventHookException {
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      try (OutputStream stdin = process.getOutputStream()) {
        stdin.write((event.toJsonLine() + "\n").getBytes(StandardCharsets.UTF_8));
      }
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new EventHookException("hook command " + command + " ran longer than " + timeout);
      }
      if (process.exitValue() != 0) {
        throw new EventHookException(
            "hook command " + command + " exited with " + process.exitValue());
      }
    } catch (IOException e) {
      throw new EventHookException("cannot run hook command " + command + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EventHookException("interrupted while running hook command " + command, e);
    }
  }
}
