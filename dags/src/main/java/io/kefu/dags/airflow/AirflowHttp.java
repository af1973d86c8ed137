package io.kefu.dags.airflow;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends calls to Airflow over {@link HttpClient}: JSON in and out, the {@code Authorization}
 * header, and retries with backoff ({@link RetryPolicy}) while Airflow answers 5xx or does not
 * answer at all. Any other answer, success or not, is returned as it came.
 */
final class AirflowHttp {

  private static final Logger LOG = LoggerFactory.getLogger(AirflowHttp.class);

  private final AirflowSettings settings;
  private final HttpClient client;

  AirflowHttp(AirflowSettings settings) {
    this.settings = settings;
    // HTTP/1.1: gunicorn (Airflow 2) and uvicorn (Airflow 3) do not speak h2c, so the upgrade
    // offer Java would make on every plain-http call buys nothing.
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(settings.connectTimeout())
            .build();
  }

  AirflowSettings settings() {
    return settings;
  }

  /** A call with credentials; stale ones (an expired token) are renewed once. */
  AirflowResponse send(ApiCall call, AirflowAuth auth) {
    AirflowResponse response = exchange(call, auth.header());
    if (auth.forgetIfStale(response)) {
      LOG.debug("Airflow credentials went stale ({}); logging in again", response.status());
      response = exchange(call, auth.header());
    }
    return response;
  }

  /** A call without credentials: {@code /version} and {@code /auth/token}. */
  AirflowResponse sendAnonymous(ApiCall call) {
    return exchange(call, null);
  }

  private AirflowResponse exchange(ApiCall call, String authorization) {
    RetryPolicy retry = settings.retry();
    IOException unreachable = null;
    AirflowResponse last = null;
    for (int attempt = 1; attempt <= retry.attempts(); attempt++) {
      pause(retry.backoffBefore(attempt));
      try {
        HttpResponse<String> answer =
            client.send(request(call, authorization), HttpResponse.BodyHandlers.ofString());
        last = new AirflowResponse(answer.statusCode(), answer.body(), attempt);
        if (answer.statusCode() < 500) {
          return last;
        }
        unreachable = null;
        LOG.warn(
            "Airflow answered {} to {} (attempt {} of {})",
            answer.statusCode(),
            call.describe(),
            attempt,
            retry.attempts());
      } catch (IOException e) {
        unreachable = e;
        LOG.warn(
            "Airflow did not answer {} (attempt {} of {}): {}",
            call.describe(),
            attempt,
            retry.attempts(),
            reason(e));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AirflowException(0, "interrupted while calling Airflow: " + call.describe(), e);
      }
    }
    if (unreachable != null) {
      throw new AirflowException(
          0,
          "Airflow is not reachable at "
              + settings.baseUrl()
              + " ("
              + reason(unreachable)
              + ", "
              + retry.attempts()
              + " attempts): start it, or point "
              + AirflowSettings.URL_VARIABLE
              + " (or --url) at it",
          unreachable);
    }
    return last;
  }

  private HttpRequest request(ApiCall call, String authorization) {
    HttpRequest.BodyPublisher body =
        call.jsonBody() == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(call.jsonBody());
    HttpRequest.Builder request =
        HttpRequest.newBuilder(settings.resolve(call.path()))
            .timeout(settings.requestTimeout())
            .header("Accept", "application/json")
            .method(call.method(), body);
    if (call.jsonBody() != null) {
      request.header("Content-Type", "application/json");
    }
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return request.build();
  }

  /** Why there was no answer, in words: Java's connect errors often carry no message at all. */
  static String reason(IOException e) {
    if (e instanceof HttpConnectTimeoutException) {
      return "no connection in time";
    }
    if (e instanceof HttpTimeoutException) {
      return "no answer in time";
    }
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConnectException) {
        return "connection refused";
      }
      if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
        return cause.getMessage();
      }
    }
    return e.getClass().getSimpleName();
  }

  private static void pause(Duration wait) {
    if (wait.isZero()) {
      return;
    }
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AirflowException(0, "interrupted while waiting to retry a call to Airflow", e);
    }
  }
}
