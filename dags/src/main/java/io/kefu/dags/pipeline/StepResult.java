package io.kefu.dags.pipeline;

/**
 * How one step of a local run ended.
 *
 * @param exitCode the last attempt's exit code, -1 when it never ran or was stopped
 * @param lastLine the last line the step printed on stdout (a command's result line), or the reason
 *     it did not run
 */
public record StepResult(
    String id, Status status, int exitCode, int attempts, double seconds, String lastLine) {

  /** The outcomes of a step. */
  public enum Status {
    SUCCEEDED,
    /** Exited with one of its skip codes: a decision (the gate refused), not a failure. */
    SKIPPED,
    FAILED,
    TIMED_OUT,
    /** Not run because a step it waits for failed. */
    NOT_RUN
  }

  public boolean failed() {
    return status == Status.FAILED || status == Status.TIMED_OUT;
  }
}
