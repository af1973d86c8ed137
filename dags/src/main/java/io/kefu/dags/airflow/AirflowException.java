package io.kefu.dags.airflow;

/**
 * A call to Airflow that failed, with a one-line message that says what failed and what to do (the
 * command prints it as is).
 */
public final class AirflowException extends RuntimeException {

  private final int status;

  public AirflowException(int status, String message) {
    super(message);
    this.status = status;
  }

  public AirflowException(int status, String message, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  /** The HTTP status Airflow answered; 0 when there was no answer (or it made no sense). */
  public int status() {
    return status;
  }
}
