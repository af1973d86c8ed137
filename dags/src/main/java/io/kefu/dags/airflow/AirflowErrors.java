package io.kefu.dags.airflow;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns an answer that is not a success into one line that says what failed and what to do, quoting
 * what Airflow said ({@link AirflowProblem}). The statuses are the ones the specs document for
 * these calls: 400/422 a bad request, 401 no valid login, 403 no permission, 404 no such DAG or
 * run, 409 a run id already taken; 5xx arrive here only once the retries are spent.
 */
final class AirflowErrors {

  private final AirflowSettings settings;
  private final ObjectMapper json;

  AirflowErrors(AirflowSettings settings, ObjectMapper json) {
    this.settings = settings;
    this.json = json;
  }

  AirflowException toException(ApiCall call, AirflowResponse response) {
    int status = response.status();
    String said = said(status, AirflowProblem.parse(response.body(), json));
    String airflow = "Airflow at " + settings.baseUrl();
    String message =
        switch (status) {
          case 401 ->
              airflow
                  + " refused the login of user '"
                  + settings.username()
                  + "' "
                  + said
                  + ": check "
                  + AirflowSettings.USER_VARIABLE
                  + " and "
                  + AirflowSettings.PASSWORD_VARIABLE;
          case 403 ->
              "Airflow user '"
                  + settings.username()
                  + "' may not "
                  + call.action()
                  + " "
                  + said
                  + ": give the user a role that may (Admin, Op or User)";
          case 404 -> airflow + " has no " + call.target() + " " + said;
          case 409 ->
              call.conflict() == null
                  ? airflow + " refused to " + call.action() + " " + said
                  : call.conflict() + " " + said;
          case 400, 422 -> airflow + " refused to " + call.action() + " " + said;
          default ->
              status >= 500
                  ? airflow
                      + " failed to "
                      + call.action()
                      + " "
                      + times(response.attempts())
                      + " "
                      + said
                      + ": see the API server's log"
                  : airflow + " answered " + call.describe() + " with " + said;
        };
    return new AirflowException(status, message);
  }

  /**
   * "(404 Not Found: DAG with dag_id: 'x' not found)"; a title that only repeats the status
   * ("Forbidden", "Bad Request: …") is not said twice.
   */
  private static String said(int status, AirflowProblem problem) {
    String phrase = reasonPhrase(status);
    String text = problem.text();
    if (text.startsWith(phrase + ": ")) {
      text = text.substring(phrase.length() + 2);
    } else if (text.equals(phrase)) {
      text = "";
    }
    String code = status + " " + phrase;
    return "(" + (text.isEmpty() ? code : code + ": " + text) + ")";
  }

  private static String times(int attempts) {
    return attempts == 1 ? "once" : attempts + " times";
  }

  static String reasonPhrase(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 409 -> "Conflict";
      case 415 -> "Unsupported Media Type";
      case 422 -> "Unprocessable Content";
      case 500 -> "Internal Server Error";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      default -> "HTTP";
    };
  }
}
