package io.kefu.dags.airflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;

/**
 * {@link FakeAirflow}'s Airflow 3 login: the simple auth manager's {@code POST /auth/token} of
 * {@code v2-auth-token-excerpt.yaml}, with the texts of its {@code services/login.py}.
 */
final class FakeLoginApi {

  private final FakeAirflowState state;
  private final FakeApiV2Bodies bodies;

  FakeLoginApi(FakeAirflowState state, FakeApiV2Bodies bodies) {
    this.state = state;
    this.bodies = bodies;
  }

  /** {@code POST /auth/token}: 201 and a token for a known user and password. */
  FakeAnswer login(FakeRequest request) {
    if (!request.method().equals("POST")) {
      return bodies.detail(405, "Method Not Allowed");
    }
    JsonNode body = bodies.readBody(request);
    ArrayNode errors = bodies.array();
    if (!(body instanceof ObjectNode)) {
      return bodies.invalidBody(body);
    }
    body.fieldNames()
        .forEachRemaining(
            name -> {
              if (!Set.of("username", "password").contains(name)) {
                errors.add(
                    bodies.error(
                        "extra_forbidden", name, "Extra inputs are not permitted", body.get(name)));
              }
            });
    for (String field : List.of("username", "password")) {
      if (!body.has(field)) {
        errors.add(bodies.error("missing", field, "Field required", body));
      } else if (!body.get(field).isTextual()) {
        errors.add(
            bodies.error("string_type", field, "Input should be a valid string", body.get(field)));
      }
    }
    if (!errors.isEmpty()) {
      return bodies.validation(errors);
    }
    String username = body.get("username").asText();
    String password = body.get("password").asText();
    if (username.isEmpty() || password.isEmpty()) {
      return bodies.detail(400, "Username and password must be provided");
    }
    if (state.login(username, password).isEmpty()) {
      return bodies.detail(401, "Invalid credentials");
    }
    return FakeAnswer.json(
        201, bodies.object().put("access_token", state.issueToken(username)).toString());
  }
}
