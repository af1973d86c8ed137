package io.kefu.dags.airflow;

/**
 * Airflow's answer to a call, after any retries.
 *
 * @param attempts how many times the call was sent: more than 1 means an earlier attempt got a 5xx
 *     or no answer, and may still have had its effect on the server
 */
record AirflowResponse(int status, String body, int attempts) {

  boolean isSuccess() {
    return status >= 200 && status < 300;
  }
}
