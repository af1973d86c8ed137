package io.kefu.dags.airflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The one line each status becomes, whatever the body looks like. */
class AirflowErrorsTest {

  private static final AirflowSettings SETTINGS =
      AirflowSettings.fromEnvironment(
          Map.of("KEFU_AIRFLOW_URL", "http://airflow:8080", "KEFU_AIRFLOW_PASSWORD", "pw"));

  private static final ApiCall TRIGGER =
      new ApiCall(
          "POST",
          "/api/v2/dags/x/dagRuns",
          "{}",
          "trigger DAG 'x'",
          "DAG 'x'",
          "DAG 'x' already has a run 'r'");

  static Stream<Arguments> answers() {
    return Stream.of(
        Arguments.of(
            401,
            "{\"detail\":\"Not authenticated\"}",
            1,
            "Airflow at http://airflow:8080 refused the login of user 'admin' (401 Unauthorized:"
                + " Not authenticated): check KEFU_AIRFLOW_USER and KEFU_AIRFLOW_PASSWORD"),
        Arguments.of(
            403,
            "{\"detail\":\"Forbidden\"}",
            1,
            "Airflow user 'admin' may not trigger DAG 'x' (403 Forbidden): give the user a role"
                + " that may (Admin, Op or User)"),
        Arguments.of(
            404,
            "{\"detail\":\"DAG with dag_id: 'x' not found\"}",
            1,
            "Airflow at http://airflow:8080 has no DAG 'x' (404 Not Found: DAG with dag_id: 'x'"
                + " not found)"),
        Arguments.of(
            409,
            "{\"detail\":{\"reason\":\"Unique constraint violation\"}}",
            1,
            "DAG 'x' already has a run 'r' (409 Conflict: Unique constraint violation)"),
        Arguments.of(
            422,
            "{\"detail\":[{\"type\":\"missing\",\"loc\":[\"body\",\"logical_date\"],"
                + "\"msg\":\"Field required\"}]}",
            1,
            "Airflow at http://airflow:8080 refused to trigger DAG 'x' (422 Unprocessable Content:"
                + " body.logical_date: Field required)"),
        Arguments.of(
            400,
            "{\"detail\":\"Property is read-only - 'state'\",\"status\":400,"
                + "\"title\":\"Bad Request\",\"type\":\"t\"}",
            1,
            "Airflow at http://airflow:8080 refused to trigger DAG 'x' (400 Bad Request:"
                + " Property is read-only - 'state')"),
        Arguments.of(
            503,
            "<html>503</html>",
            4,
            "Airflow at http://airflow:8080 failed to trigger DAG 'x' 4 times (503 Service"
                + " Unavailable): see the API server's log"),
        Arguments.of(
            418,
            "",
            1,
            "Airflow at http://airflow:8080 answered POST /api/v2/dags/x/dagRuns with (418 HTTP)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("answers")
  void eachStatusIsOneLineThatSaysWhatToDo(int status, String body, int attempts, String expected) {
    AirflowException e =
        new AirflowErrors(SETTINGS, new ObjectMapper())
            .toException(TRIGGER, new AirflowResponse(status, body, attempts));

    assertThat(e.status()).isEqualTo(status);
    assertThat(e.getMessage()).isEqualTo(expected);
  }
}
