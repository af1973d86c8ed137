package io.kefu.dags.airflow;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Airflow 2: every call carries the user and password ({@code auth_backends = …basic_auth}). */
final class BasicAuth implements AirflowAuth {

  private final String header;

  BasicAuth(String username, String password) {
    String pair = username + ":" + password;
    this.header =
        "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String header() {
    return header;
  }

  /** A password does not expire during a command: a 401 means it is wrong. */
  @Override
  public boolean forgetIfStale(AirflowResponse response) {
    return false;
  }
}
