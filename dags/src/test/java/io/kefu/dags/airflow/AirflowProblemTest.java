package io.kefu.dags.airflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AirflowProblemTest {

  static Stream<Arguments> bodies() {
    return Stream.of(
        Arguments.of(
            "API v1, title and detail",
            "{\"detail\":\"DAG with dag_id: 'x' not found\",\"status\":404,"
                + "\"title\":\"DAG not found\",\"type\":\"t\"}",
            "DAG not found: DAG with dag_id: 'x' not found"),
        Arguments.of(
            "API v1, detail null",
            "{\"detail\":null,\"status\":401,\"title\":\"Unauthorized\",\"type\":\"t\"}",
            "Unauthorized"),
        Arguments.of(
            "API v1, the sentence in the title",
            "{\"detail\":null,\"status\":404,\"title\":\"Dag with id: 'x' not found\",\"type\":\"t\"}",
            "Dag with id: 'x' not found"),
        Arguments.of(
            "API v2, a string", "{\"detail\":\"Invalid credentials\"}", "Invalid credentials"),
        Arguments.of(
            "API v2, a database error",
            "{\"detail\":{\"reason\":\"Unique constraint violation\",\"statement\":\"hidden\","
                + "\"orig_error\":\"hidden\",\"message\":\"Serious error\"}}",
            "Unique constraint violation"),
        Arguments.of(
            "API v2, validation errors",
            "{\"detail\":[{\"type\":\"missing\",\"loc\":[\"body\",\"logical_date\"],"
                + "\"msg\":\"Field required\"},{\"loc\":[\"query\",\"limit\"],"
                + "\"msg\":\"Input should be a valid integer\"}]}",
            "body.logical_date: Field required; query.limit: Input should be a valid integer"),
        Arguments.of(
            "a proxy's HTML page", "<html><title>503 Service Unavailable</title></html>", ""),
        Arguments.of("an empty body", "", ""),
        Arguments.of("JSON that is not an object", "[1, 2]", ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bodies")
  void saysWhatTheBodySaysOnOneLine(String what, String body, String expected) {
    assertThat(AirflowProblem.parse(body, new ObjectMapper()).text()).isEqualTo(expected);
  }
}
