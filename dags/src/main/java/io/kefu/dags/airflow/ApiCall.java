package io.kefu.dags.airflow;

import java.util.Objects;

/**
 * One request to Airflow and the words its failure is explained in.
 *
 * @param path from the base URL, with the query: {@code /api/v2/dags/x/dagRuns?limit=20}
 * @param jsonBody null for a call without a body
 * @param action what was asked, for "may not …" and "refused to …": {@code trigger DAG 'x'}
 * @param target what a 404 means is missing: {@code DAG 'x'}
 * @param conflict what a 409 means, or null where Airflow documents none
 */
record ApiCall(
    String method, String path, String jsonBody, String action, String target, String conflict) {

  ApiCall {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(target, "target");
  }

  static ApiCall get(String path, String action, String target) {
    return new ApiCall("GET", path, null, action, target, null);
  }

  /** "GET /api/v2/version", for logs. */
  String describe() {
    return method + " " + path;
  }
}
