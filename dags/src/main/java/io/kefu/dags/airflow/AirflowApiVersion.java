package io.kefu.dags.airflow;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The two stable REST APIs of Airflow: Airflow 2 serves {@code /api/v1} (Connexion, HTTP basic
 * auth), Airflow 3 serves {@code /api/v2} (FastAPI, a JWT bearer token from {@code POST
 * /auth/token}). The paths of the calls this client makes are the same under both prefixes.
 */
public enum AirflowApiVersion {
  AIRFLOW_2("2", "/api/v1"),
  AIRFLOW_3("3", "/api/v2");

  private final String major;
  private final String basePath;

  AirflowApiVersion(String major, String basePath) {
    this.major = major;
    this.basePath = basePath;
  }

  /** "2" or "3", as {@code KEFU_AIRFLOW_API} and {@code --api} take it. */
  public String major() {
    return major;
  }

  /** {@code /api/v1} or {@code /api/v2}. */
  public String basePath() {
    return basePath;
  }

  /** Reads "2" or "3" (also the API's own names "v1" and "v2"); anything else is refused. */
  public static AirflowApiVersion parse(String value) {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "2", "v1" -> AIRFLOW_2;
      case "3", "v2" -> AIRFLOW_3;
      default ->
          throw new IllegalArgumentException(
              "an Airflow API version is 2 (Airflow 2, /api/v1) or 3 (Airflow 3, /api/v2): "
                  + value);
    };
  }

  public String versionPath() {
    return basePath + "/version";
  }

  public String dagPath(String dagId) {
    return basePath + "/dags/" + segment(checkDagId(dagId));
  }

  public String dagRunsPath(String dagId) {
    return dagPath(dagId) + "/dagRuns";
  }

  public String dagRunPath(String dagId, String dagRunId) {
    if (dagRunId.isBlank()) {
      throw new IllegalArgumentException("a DAG run id is not blank");
    }
    return dagRunsPath(dagId) + "/" + segment(dagRunId);
  }

  /**
   * Airflow accepts DAG ids of letters, digits, '_', '.' and '-' only (its {@code KEY_REGEX});
   * refusing others here keeps "../admin" from ever reaching a URL.
   */
  static String checkDagId(String dagId) {
    if (!dagId.matches("[A-Za-z0-9_.\\-]+")) {
      throw new IllegalArgumentException(
          "an Airflow DAG id has letters, digits, '_', '.' and '-' only: " + dagId);
    }
    return dagId;
  }

  /** Run ids hold ':' and '+' ("manual__2026-11-22T02:00:00+00:00"): percent-encode them. */
  private static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
