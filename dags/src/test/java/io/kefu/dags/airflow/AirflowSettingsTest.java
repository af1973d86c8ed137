package io.kefu.dags.airflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AirflowSettingsTest {

  @Test
  void readsEveryVariable() {
    AirflowSettings settings =
        AirflowSettings.fromEnvironment(
            Map.of(
                "KEFU_AIRFLOW_URL", "https://airflow.example.com/airflow/",
                "KEFU_AIRFLOW_USER", "kefu",
                "KEFU_AIRFLOW_PASSWORD", "s3cret",
                "KEFU_AIRFLOW_API", "3"));

    assertThat(settings.baseUrl()).hasToString("https://airflow.example.com/airflow");
    assertThat(settings.apiVersion()).contains(AirflowApiVersion.AIRFLOW_3);
    assertThat(settings.username()).isEqualTo("kefu");
    assertThat(settings.password()).isEqualTo("s3cret");
    assertThat(settings.resolve("/api/v2/version"))
        .hasToString("https://airflow.example.com/airflow/api/v2/version");
  }

  @Test
  void defaultsToAirflowsOwnPortTheAdminUserAndDetection() {
    AirflowSettings settings =
        AirflowSettings.fromEnvironment(Map.of("KEFU_AIRFLOW_PASSWORD", "pw"));

    assertThat(settings.baseUrl()).hasToString("http://localhost:8080");
    assertThat(settings.username()).isEqualTo("admin");
    assertThat(settings.apiVersion()).isEmpty();
    assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(settings.retry()).isEqualTo(RetryPolicy.DEFAULT);
  }

  @Test
  void autoMeansDetect() {
    AirflowSettings settings =
        AirflowSettings.fromEnvironment(
            Map.of("KEFU_AIRFLOW_PASSWORD", "pw", "KEFU_AIRFLOW_API", "auto"));

    assertThat(settings.apiVersion()).isEqualTo(Optional.empty());
  }

  @Test
  void aBadApiVersionNamesTheVariableAndTheAcceptedValues() {
    assertThatThrownBy(
            () ->
                AirflowSettings.fromEnvironment(
                    Map.of("KEFU_AIRFLOW_PASSWORD", "pw", "KEFU_AIRFLOW_API", "4")))
        .hasMessage("KEFU_AIRFLOW_API is 2 (Airflow 2), 3 (Airflow 3) or auto, not '4'");
  }

  @Test
  void aMissingPasswordNamesTheVariableAndTheUser() {
    assertThatThrownBy(() -> AirflowSettings.fromEnvironment(Map.of("KEFU_AIRFLOW_USER", "kefu")))
        .hasMessage("KEFU_AIRFLOW_PASSWORD is not set: the password of Airflow user 'kefu'");
  }

  @Test
  void aUrlThatIsNotHttpIsRefusedWithAnExample() {
    assertThatThrownBy(
            () ->
                AirflowSettings.fromEnvironment(
                    Map.of("KEFU_AIRFLOW_PASSWORD", "pw", "KEFU_AIRFLOW_URL", "localhost:8080")))
        .hasMessageContaining("KEFU_AIRFLOW_URL or --url")
        .hasMessageContaining("http://localhost:8080");
  }

  @Test
  void toStringNeverShowsThePassword() {
    AirflowSettings settings =
        AirflowSettings.fromEnvironment(Map.of("KEFU_AIRFLOW_PASSWORD", "hunter2"));

    assertThat(settings.toString()).doesNotContain("hunter2").contains("admin");
  }

  @Test
  void retriesWaitTwiceAsLongEachTime() {
    RetryPolicy retry = new RetryPolicy(4, Duration.ofMillis(500));

    assertThat(retry.backoffBefore(1)).isZero();
    assertThat(retry.backoffBefore(2)).isEqualTo(Duration.ofMillis(500));
    assertThat(retry.backoffBefore(3)).isEqualTo(Duration.ofSeconds(1));
    assertThat(retry.backoffBefore(4)).isEqualTo(Duration.ofSeconds(2));
  }
}
