package io.kefu.dags.pipeline;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One step of a pipeline in {@code dags/pipelines.yaml}.
 *
 * @param after the steps this one waits for
 * @param command the {@code ./kefu} command line, with placeholders
 * @param cluster the same step as a cluster runs it ({@code spark-submit}, {@code flink run}), or
 *     null when it runs the same everywhere
 * @param retries extra attempts after a failure
 * @param timeoutMinutes how long one attempt may run
 * @param skipExitCodes exit codes that mean "decided not to" (the promotion gate's refusal)
 */
public record PipelineStep(
    String id,
    List<String> after,
    String command,
    String cluster,
    int retries,
    double timeoutMinutes,
    List<Integer> skipExitCodes) {

  // Airflow task ids: letters, digits, '_', '-', '.'
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]{1,250}");

  public PipelineStep {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException("a step id is letters, digits, _ . - , not '" + id + "'");
    }
    after = after == null ? List.of() : List.copyOf(after);
    Objects.requireNonNull(command, () -> "step " + id + " has no command");
    if (retries < 0) {
      throw new IllegalArgumentException("step " + id + ": retries must be 0 or more");
    }
    if (timeoutMinutes <= 0) {
      throw new IllegalArgumentException("step " + id + ": timeout_minutes must be positive");
    }
    skipExitCodes = skipExitCodes == null ? List.of() : List.copyOf(skipExitCodes);
  }

  /** The {@code ./kefu} subcommand the step runs ({@code ingest}, {@code registry}, ...). */
  public String kefuCommand() {
    String[] words = command.strip().split("\\s+");
    if (words.length < 2 || !words[0].equals("./kefu")) {
      throw new IllegalArgumentException(
          "step " + id + ": a command starts with ./kefu and a subcommand, not '" + command + "'");
    }
    return words[1];
  }
}
