package io.kefu.registry.events;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** POSTs each event as a JSON body to a URL (a webhook); any non-2xx answer is a failure. */
public final class HttpHook implements ModelEventPublisher {

  private final URI url;
  private final Duration timeout;
  private final HttpClient client;

  public HttpHook(URI url, Duration timeout) {
    if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
      throw new IllegalArgumentException("hook URL must be http:// or https://, not " + url);
    }
    this.url = url;
    this.timeout = timeout;
    this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  @Override
  public void publish(ModelEvent event) throws EventHookException {
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(event.toJsonLine()))
            .build();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        throw new EventHookException("hook URL " + url + " answered " + response.statusCode());
      }
    } catch (IOException e) {
      throw new EventHookException("cannot POST to hook URL " + url + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EventHookException("interrupted while posting to " + url, e);
    }
  }
}
