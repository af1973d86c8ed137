package io.kefu.dags.pipeline;

import io.kefu.dags.pipeline.StepResult.Status;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a pipeline's steps on this machine, one at a time in dependency order, where no Airflow
 * runs: each step a {@code bash -c} of its filled command from the Kefu checkout, stdout and stderr
 * into {@code WORK/logs/STEP.log}, retried as the file says, stopped at its timeout. A failed step
 * stops the steps that wait for it (directly or not) and the summary says which and why; the others
 * still run.
 */
public final class LocalRunner {

  private final Path checkout;
  private final Path logs;
  private final PrintStream terminal;

  /**
   * @param checkout the folder commands run in (holds {@code ./kefu})
   * @param logs where each step's output goes
   */
  public LocalRunner(Path checkout, Path logs, PrintStream terminal) {
    this.checkout = checkout;
    this.logs = logs;
    this.terminal = terminal;
  }

  public List<StepResult> run(Pipeline pipeline, Map<String, String> values) {
    List<PipelineStep> steps = pipeline.inOrder();
    Map<String, StepResult> results = new HashMap<>();
    List<StepResult> ordered = new ArrayList<>();
    int n = 0;
    for (PipelineStep step : steps) {
      n++;
      String prefix = "[" + pipeline.name() + "] step " + n + "/" + steps.size() + " " + step.id();
      StepResult blocked = blockedBy(step, results);
      StepResult result;
      if (blocked != null) {
        result =
            new StepResult(
                step.id(),
                Status.NOT_RUN,
                -1,
                0,
                0,
                "not run: " + blocked.id() + " " + blocked.status().name().toLowerCase());
      } else {
        terminal.println(prefix + ": " + Placeholders.fill(step.command(), values));
        result = runStep(step, Placeholders.fill(step.command(), values));
      }
      terminal.printf(
          "%s: %s%s%s%n",
          prefix,
          result.status().name().toLowerCase().replace('_', ' '),
          result.attempts() > 0 ? String.format(" in %.0f s", result.seconds()) : "",
          result.lastLine().isEmpty() ? "" : " — " + result.lastLine());
      results.put(step.id(), result);
      ordered.add(result);
    }
    return ordered;
  }

  // The first step this one waits for, directly or through others, that did not succeed or skip.
  private static StepResult blockedBy(PipelineStep step, Map<String, StepResult> results) {
    for (String dependency : step.after()) {
      StepResult r = results.get(dependency);
      if (r != null && (r.failed() || r.status() == Status.NOT_RUN)) {
        return r;
      }
    }
    return null;
  }

  private StepResult runStep(PipelineStep step, String command) {
    Path log = logs.resolve(step.id() + ".log");
    long start = System.nanoTime();
    int attempts = 0;
    int code = -1;
    Status status = Status.FAILED;
    try {
      Files.createDirectories(logs);
      Files.deleteIfExists(log);
      while (attempts <= step.retries()) {
        attempts++;
        Files.writeString(
            log,
            "$ " + command + "   (attempt " + attempts + ")\n",
            StandardCharsets.UTF_8,
            java.nio.file.StandardOpenOption.CREATE,
            java.nio.file.StandardOpenOption.APPEND);
        Process process =
            new ProcessBuilder("bash", "-c", command)
                .directory(checkout.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        if (!process.waitFor((long) (step.timeoutMinutes() * 60_000), TimeUnit.MILLISECONDS)) {
          process.descendants().forEach(ProcessHandle::destroy);
          process.destroy();
          process.waitFor(10, TimeUnit.SECONDS);
          process.destroyForcibly();
          status = Status.TIMED_OUT;
          code = -1;
          continue;
        }
        code = process.exitValue();
        if (code == 0) {
          status = Status.SUCCEEDED;
          break;
        }
        if (step.skipExitCodes().contains(code)) {
          status = Status.SKIPPED;
          break;
        }
        status = Status.FAILED;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run step " + step.id() + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted in step " + step.id(), e);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    String last = lastMeaningfulLine(log);
    if (status == Status.FAILED || status == Status.TIMED_OUT) {
      last =
          (status == Status.TIMED_OUT
                  ? String.format("stopped after %.1f min", step.timeoutMinutes())
                  : "exit " + code)
              + (last.isEmpty() ? "" : ": " + last)
              + " (log: "
              + log
              + ")";
    }
    return new StepResult(step.id(), status, code, attempts, seconds, last);
  }

  /**
   * The step's result line: the last JSON line of its log (Kefu commands print their figures as one
   * JSON line last), else the last non-blank line that is not a launcher note.
   */
  static String lastMeaningfulLine(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      for (int i = lines.size() - 1; i >= 0; i--) {
        String line = lines.get(i).strip();
        if (line.startsWith("{") && line.endsWith("}")) {
          return line;
        }
      }
      for (int i = lines.size() - 1; i >= 0; i--) {
        String line = lines.get(i).strip();
        if (!line.isEmpty() && !line.startsWith("[kefu]") && !line.startsWith("$ ")) {
          return line.length() > 400 ? line.substring(0, 400) + "…" : line;
        }
      }
      return "";
    } catch (IOException e) {
      return "";
    }
  }
}
