package io.kefu.dags.airflow;

/**
 * How a call proves who makes it: HTTP basic on Airflow 2's {@code /api/v1}, a bearer JWT on
 * Airflow 3's {@code /api/v2} (see {@link BearerTokenAuth}).
 */
interface AirflowAuth {

  /** The value of the {@code Authorization} header. */
  String header();

  /**
   * True when the answer says the credentials went stale (an expired or no longer valid token),
   * after which they are dropped and the call is made once more with fresh ones.
   */
  boolean forgetIfStale(AirflowResponse response);
}
