package io.kefu.dags.quality;

import java.time.LocalDate;

/** Asks the scheduler for a retrain run; says in one line what happened. */
@FunctionalInterface
public interface RetrainTrigger {

  /** Triggers {@code dagId} for {@code day}; the line says what was done (or why not). */
  String trigger(String dagId, LocalDate day);

  /** Through the Airflow REST API configured in the environment, or nothing when none is. */
  static RetrainTrigger fromEnvironment() {
    String url = System.getenv("KEFU_AIRFLOW_URL");
    if (url == null || url.isBlank()) {
      return (dag, day) -> "not triggered: KEFU_AIRFLOW_URL is not set (run ./kefu retrain here)";
    }
    return AirflowRetrainTrigger.fromEnvironment();
  }
}
