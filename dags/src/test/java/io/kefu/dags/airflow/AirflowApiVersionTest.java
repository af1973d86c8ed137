package io.kefu.dags.airflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AirflowApiVersionTest {

  @ParameterizedTest
  @CsvSource({"2, AIRFLOW_2", "v1, AIRFLOW_2", " 3 , AIRFLOW_3", "V2, AIRFLOW_3"})
  void parsesTheMajorVersionOrTheApiName(String value, AirflowApiVersion expected) {
    assertThat(AirflowApiVersion.parse(value)).isEqualTo(expected);
  }

  @Test
  void refusesOtherVersionsNamingTheAcceptedOnes() {
    assertThatThrownBy(() -> AirflowApiVersion.parse("1"))
        .hasMessageContaining("2 (Airflow 2, /api/v1) or 3 (Airflow 3, /api/v2)");
  }

  @Test
  void pathsSitUnderEachApisBasePath() {
    assertThat(AirflowApiVersion.AIRFLOW_2.dagRunsPath("kefu_retrain"))
        .isEqualTo("/api/v1/dags/kefu_retrain/dagRuns");
    assertThat(AirflowApiVersion.AIRFLOW_3.dagPath("kefu_retrain"))
        .isEqualTo("/api/v2/dags/kefu_retrain");
    assertThat(AirflowApiVersion.AIRFLOW_3.versionPath()).isEqualTo("/api/v2/version");
  }

  @Test
  void runIdsArePercentEncoded() {
    assertThat(
            AirflowApiVersion.AIRFLOW_3.dagRunPath(
                "kefu_retrain", "manual__2026-11-22T02:00:00+00:00 a/b"))
        .isEqualTo(
            "/api/v2/dags/kefu_retrain/dagRuns/manual__2026-11-22T02%3A00%3A00%2B00%3A00%20a%2Fb");
  }

  @Test
  void dagIdsThatAreNotUrlSafeAreRefused() {
    assertThatThrownBy(() -> AirflowApiVersion.AIRFLOW_2.dagRunsPath("../admin"))
        .hasMessageContaining("DAG id");
    assertThatThrownBy(() -> AirflowApiVersion.AIRFLOW_3.dagPath("a b"))
        .hasMessageContaining("DAG id");
  }
}
