package io.kefu.dags.quality;

import io.kefu.dags.airflow.AirflowClient;
import io.kefu.dags.airflow.AirflowSettings;
import io.kefu.dags.airflow.DagRun;
import io.kefu.dags.airflow.DagRunRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * Triggers the retrain DAG through Airflow's REST API, with the day and the reason in the run's
 * {@code conf} so the run says why it started.
 */
public final class AirflowRetrainTrigger implements RetrainTrigger {

  private final AirflowClient client;

  public AirflowRetrainTrigger(AirflowClient client) {
    this.client = client;
  }

  static RetrainTrigger fromEnvironment() {
    return new AirflowRetrainTrigger(
        AirflowClient.connect(AirflowSettings.fromEnvironment(System.getenv())));
  }

  @Override
  public String trigger(String dagId, LocalDate day) {
    DagRun run =
        client.trigger(
            dagId,
            DagRunRequest.now(
                Map.of("day", day.toString(), "reason", "data-quality: drift above threshold"),
                Instant.now()));
    return "triggered " + dagId + " run " + run.dagRunId() + " (" + run.state() + ")";
  }
}
