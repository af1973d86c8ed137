package io.kefu.dags.airflow;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where Airflow's REST API is and how to log in to it. Read from the environment ({@link
 * #fromEnvironment}); the command's flags override the URL, the API version and the timeout.
 *
 * @param baseUrl the API server (Airflow 3) or webserver (Airflow 2), without {@code /api/v…}; a
 *     path prefix ({@code https://host/airflow}) is kept
 * @param apiVersion which API to speak; empty: ask the server ({@code GET /api/v2/version}, then
 *     {@code /api/v1/version})
 * @param username an Airflow user: basic auth on Airflow 2, the login for a token on Airflow 3
 * @param connectTimeout how long to wait for the TCP connection
 * @param requestTimeout how long to wait for one answer
 */
public record AirflowSettings(
    URI baseUrl,
    Optional<AirflowApiVersion> apiVersion,
    String username,
    String password,
    Duration connectTimeout,
    Duration requestTimeout,
    RetryPolicy retry) {

  public static final String URL_VARIABLE = "KEFU_AIRFLOW_URL";
  public static final String USER_VARIABLE = "KEFU_AIRFLOW_USER";
  public static final String PASSWORD_VARIABLE = "KEFU_AIRFLOW_PASSWORD";
  public static final String API_VARIABLE = "KEFU_AIRFLOW_API";

  /** Airflow's own default port, where {@code airflow standalone} and its Docker Compose listen. */
  public static final String DEFAULT_URL = "http://localhost:8080";

  /** The user {@code airflow standalone} and the Docker Compose quick start create. */
  public static final String DEFAULT_USER = "admin";

  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

  public AirflowSettings {
    baseUrl = checkUrl(Objects.requireNonNull(baseUrl, "baseUrl").toString());
    Objects.requireNonNull(apiVersion, "apiVersion");
    if (username == null || username.isBlank()) {
      throw new IllegalArgumentException(USER_VARIABLE + " is blank: name an Airflow user");
    }
    if (password == null || password.isEmpty()) {
      throw new IllegalArgumentException(
          PASSWORD_VARIABLE + " is not set: the password of Airflow user '" + username + "'");
    }
    connectTimeout = positive(connectTimeout, "connect timeout");
    requestTimeout = positive(requestTimeout, "request timeout");
    Objects.requireNonNull(retry, "retry");
  }

  /** Reads {@code KEFU_AIRFLOW_URL}, {@code _USER}, {@code _PASSWORD} and {@code _API} (2|3). */
  public static AirflowSettings fromEnvironment(Map<String, String> environment) {
    String api = environment.getOrDefault(API_VARIABLE, "").strip();
    Optional<AirflowApiVersion> version;
    try {
      version =
          api.isEmpty() || api.equalsIgnoreCase("auto")
              ? Optional.empty()
              : Optional.of(AirflowApiVersion.parse(api));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          API_VARIABLE + " is 2 (Airflow 2), 3 (Airflow 3) or auto, not '" + api + "'", e);
    }
    return new AirflowSettings(
        checkUrl(valueOr(environment, URL_VARIABLE, DEFAULT_URL)),
        version,
        valueOr(environment, USER_VARIABLE, DEFAULT_USER),
        environment.get(PASSWORD_VARIABLE),
        DEFAULT_CONNECT_TIMEOUT,
        DEFAULT_REQUEST_TIMEOUT,
        RetryPolicy.DEFAULT);
  }

  public AirflowSettings withBaseUrl(String url) {
    return new AirflowSettings(
        checkUrl(url), apiVersion, username, password, connectTimeout, requestTimeout, retry);
  }

  public AirflowSettings withApiVersion(AirflowApiVersion version) {
    return new AirflowSettings(
        baseUrl, Optional.of(version), username, password, connectTimeout, requestTimeout, retry);
  }

  public AirflowSettings withRequestTimeout(Duration timeout) {
    return new AirflowSettings(
        baseUrl, apiVersion, username, password, connectTimeout, timeout, retry);
  }

  public AirflowSettings withRetry(RetryPolicy policy) {
    return new AirflowSettings(
        baseUrl, apiVersion, username, password, connectTimeout, requestTimeout, policy);
  }

  /** {@code baseUrl} joined with an absolute API path such as {@code /api/v2/dags/x}. */
  public URI resolve(String pathAndQuery) {
    return URI.create(baseUrl + pathAndQuery);
  }

  /** Never prints the password: settings end up in logs and error messages. */
  @Override
  public String toString() {
    return "AirflowSettings[baseUrl="
        + baseUrl
        + ", api="
        + apiVersion.map(AirflowApiVersion::major).orElse("auto")
        + ", username="
        + username
        + ", connectTimeout="
        + connectTimeout
        + ", requestTimeout="
        + requestTimeout
        + ", retry="
        + retry
        + "]";
  }

  private static String valueOr(Map<String, String> environment, String name, String fallback) {
    String value = environment.get(name);
    return value == null || value.isBlank() ? fallback : value.strip();
  }

  /** An http(s) URL with a host; a trailing '/' is dropped so paths can be appended. */
  private static URI checkUrl(String url) {
    String trimmed = url.strip();
    while (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    try {
      URI uri = new URI(trimmed);
      boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
      if (!web || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
        throw new URISyntaxException(url, "not an http(s) URL with a host and no query");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "the Airflow URL ("
              + URL_VARIABLE
              + " or --url) is http(s)://HOST[:PORT][/PREFIX], e.g. "
              + DEFAULT_URL
              + ": "
              + url,
          e);
    }
  }

  private static Duration positive(Duration value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException("a " + what + " is positive: " + value);
    }
    return value;
  }
}
