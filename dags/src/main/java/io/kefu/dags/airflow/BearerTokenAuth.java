package io.kefu.dags.airflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Airflow 3: a JWT from {@code POST /auth/token} ({@code {"username", "password"}} → 201 {@code
 * {"access_token"}}; the simple auth manager's and FAB's login both answer this way), fetched at
 * the first call and kept. Airflow answers an expired token with 401 "Token Expired" and one it can
 * no longer verify (a restarted API server with a new secret) with 403 "Invalid JWT token": either
 * way a new one is fetched once.
 */
final class BearerTokenAuth implements AirflowAuth {

  static final String TOKEN_PATH = "/auth/token";

  private final AirflowHttp http;
  private final AirflowErrors errors;
  private final ObjectMapper json;
  private String token;

  BearerTokenAuth(AirflowHttp http, AirflowErrors errors, ObjectMapper json) {
    this.http = http;
    this.errors = errors;
    this.json = json;
  }

  @Override
  public synchronized String header() {
    if (token == null) {
      token = login();
    }
    return "Bearer " + token;
  }

  @Override
  public synchronized boolean forgetIfStale(AirflowResponse response) {
    boolean stale =
        token != null
            && (response.status() == 401
                || response.status() == 403 && response.body().contains("Invalid JWT token"));
    if (stale) {
      token = null;
    }
    return stale;
  }

  private String login() {
    AirflowSettings settings = http.settings();
    ObjectNode body = json.createObjectNode();
    body.put("username", settings.username());
    body.put("password", settings.password());
    String user = "'" + settings.username() + "'";
    ApiCall call =
        new ApiCall(
            "POST",
            TOKEN_PATH,
            body.toString(),
            "log in as " + user,
            "login endpoint "
                + TOKEN_PATH
                + " (is it Airflow 3? set "
                + AirflowSettings.API_VARIABLE
                + "=2 for Airflow 2)",
            null);
    AirflowResponse response = http.sendAnonymous(call);
    if (!response.isSuccess()) {
      throw errors.toException(call, response);
    }
    try {
      JsonNode token = json.readTree(response.body()).path("access_token");
      if (token.isTextual() && !token.asText().isEmpty()) {
        return token.asText();
      }
    } catch (JsonProcessingException e) {
      // falls through to the error below, which names what came instead
    }
    throw new AirflowException(
        response.status(),
        "Airflow's " + TOKEN_PATH + " answered no access_token for user " + user);
  }
}
