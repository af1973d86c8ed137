package io.kefu.dashboards.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** One browser's view of the API: its own cookie jar and the CSRF token its login returned. */
final class ApiClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String base;
  private final HttpClient http;
  String csrf;

  ApiClient(int port) {
    this.base = "http://127.0.0.1:" + port;
    this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  }

  HttpResponse<String> login(String username, String password) {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create(base + "/api/login"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        json(Map.of("username", username, "password", password)))));
    if (response.statusCode() == 200) {
      csrf = tree(response).path("csrf").asText();
    }
    return response;
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  /** A POST carrying this client's CSRF token. */
  HttpResponse<String> post(String path, Map<String, ?> body) {
    return post(path, body, csrf);
  }

  /** A POST with the given CSRF header value; null sends none. */
  HttpResponse<String> post(String path, Map<String, ?> body, String token) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json(body)));
    if (token != null) {
      request.header("X-CSRF-Token", token);
    }
    return send(request);
  }

  static JsonNode tree(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + response.body(), e);
    }
  }

  static String query(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String json(Object body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
