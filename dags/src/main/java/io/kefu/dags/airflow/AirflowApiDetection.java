package io.kefu.dags.airflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Tells which API a server speaks when the settings leave it open. Both versions answer {@code GET
 * …/version} without a login ({@code VersionInfo}: {@code version}, {@code git_version}); Airflow 3
 * has no {@code /api/v1} and Airflow 2 no {@code /api/v2}. The body is checked too, so another web
 * app on the port (Kefu's own dashboard is also on 8080) is not taken for Airflow.
 */
final class AirflowApiDetection {

  private AirflowApiDetection() {}

  static AirflowApiVersion detect(AirflowHttp http, ObjectMapper json) {
    AirflowResponse v2 = ask(http, AirflowApiVersion.AIRFLOW_3);
    if (isVersionInfo(v2, json)) {
      return AirflowApiVersion.AIRFLOW_3;
    }
    AirflowResponse v1 = ask(http, AirflowApiVersion.AIRFLOW_2);
    // A 401 here is an Airflow 2 whose version endpoint sits behind the login.
    if (isVersionInfo(v1, json) || v1.status() == 401) {
      return AirflowApiVersion.AIRFLOW_2;
    }
    throw new AirflowException(
        v1.status(),
        "found no Airflow REST API at "
            + http.settings().baseUrl()
            + " (GET /api/v2/version answered "
            + v2.status()
            + ", /api/v1/version "
            + v1.status()
            + "): check "
            + AirflowSettings.URL_VARIABLE
            + " (or --url), or set "
            + AirflowSettings.API_VARIABLE
            + "=2|3");
  }

  private static AirflowResponse ask(AirflowHttp http, AirflowApiVersion api) {
    return http.sendAnonymous(
        ApiCall.get(
            api.versionPath(), "read its version", "version endpoint " + api.versionPath()));
  }

  private static boolean isVersionInfo(AirflowResponse response, ObjectMapper json) {
    if (response.status() != 200) {
      return false;
    }
    try {
      return json.readTree(response.body()).path("version").isTextual();
    } catch (JsonProcessingException e) {
      return false;
    }
  }
}
