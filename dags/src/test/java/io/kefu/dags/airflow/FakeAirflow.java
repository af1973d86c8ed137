package io.kefu.dags.airflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * An in-process Airflow, 2 or 3, that answers the calls of {@link AirflowClient} the way the
 * documented REST API does (the request and response shapes of {@code
 * src/test/resources/airflow/*-excerpt.yaml}, the error texts of Airflow's own endpoints): it
 * checks the login, the role, the required body fields, and keeps DAGs and runs. Tests can make the
 * next calls fail with a 5xx, expire or invalidate the issued tokens, and finish runs.
 *
 * <p>Listens on 127.0.0.1 on a free port; {@link #close()} stops it.
 */
final class FakeAirflow implements AutoCloseable {

  static final String ADMIN = "admin";
  static final String ADMIN_PASSWORD = "admin-secret";
  static final String VIEWER = "viewer";
  static final String VIEWER_PASSWORD = "viewer-secret";

  private final AirflowApiVersion api;
  private final FakeAirflowState state = new FakeAirflowState();
  private final FakeApiV1 v1;
  private final FakeApiV2 v2;
  private final FakeLoginApi login;
  private final HttpServer server;
  private final List<FakeRequest> requests = new ArrayList<>();
  private int failuresLeft;
  private int failureStatus;
  private boolean failAfterHandling;

  private FakeAirflow(AirflowApiVersion api) throws IOException {
    this.api = api;
    ObjectMapper json = new ObjectMapper();
    Clock clock = Clock.systemUTC();
    this.v1 = new FakeApiV1(state, new FakeApiV1Bodies(json), clock);
    FakeApiV2Bodies v2Bodies = new FakeApiV2Bodies(json);
    this.v2 = new FakeApiV2(state, v2Bodies, clock);
    this.login = new FakeLoginApi(state, v2Bodies);
    state.addUser(ADMIN, ADMIN_PASSWORD, FakeAirflowState.Role.ADMIN);
    state.addUser(VIEWER, VIEWER_PASSWORD, FakeAirflowState.Role.VIEWER);
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::serve);
    server.start();
  }

  /** A fresh Airflow of that major version with users {@code admin} and {@code viewer}. */
  static FakeAirflow start(AirflowApiVersion api) {
    try {
      return new FakeAirflow(api);
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the fake Airflow", e);
    }
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  AirflowApiVersion api() {
    return api;
  }

  /**
   * Settings for this Airflow, its API named, and retries that wait 1 ms so a test of them takes no
   * time.
   */
  AirflowSettings settings(String username, String password) {
    return new AirflowSettings(
        URI.create(url()),
        Optional.of(api),
        username,
        password,
        Duration.ofSeconds(2),
        Duration.ofSeconds(5),
        new RetryPolicy(3, Duration.ofMillis(1)));
  }

  /** The {@code Authorization} header of {@code admin}: basic on Airflow 2, a token on 3. */
  String adminAuthorization() {
    if (api == AirflowApiVersion.AIRFLOW_2) {
      String pair = ADMIN + ":" + ADMIN_PASSWORD;
      return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }
    return "Bearer " + state.issueToken(ADMIN);
  }

  /** A call as any HTTP client would make it, for tests of the fake itself. */
  HttpResponse<String> call(String method, String path, String authorization, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url() + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A client logged in as {@code admin}. */
  AirflowClient adminClient() {
    return AirflowClient.connect(settings(ADMIN, ADMIN_PASSWORD));
  }

  FakeAirflow withDag(String dagId, boolean paused) {
    state.addDag(dagId, paused);
    return this;
  }

  boolean isPaused(String dagId) {
    return state.isPaused(dagId);
  }

  /** The next {@code count} calls under {@code /dags/} answer {@code status}, as a sick server. */
  synchronized void failNextDagCalls(int count, int status) {
    failuresLeft = count;
    failureStatus = status;
    failAfterHandling = false;
  }

  /**
   * Like {@link #failNextDagCalls}, but each call is carried out before the failure is answered: a
   * proxy timing out on a trigger that did create the run.
   */
  synchronized void failNextDagCallsAfterHandling(int count, int status) {
    failNextDagCalls(count, status);
    failAfterHandling = true;
  }

  /** Every token issued so far now answers 401 "Token Expired" (Airflow 3). */
  void expireTokens() {
    state.expireTokens();
  }

  /** No token issued so far verifies any more, as after a new secret key (Airflow 3). */
  void forgetTokens() {
    state.forgetTokens();
  }

  /** Moves a run to a final state, as the scheduler would. */
  void finish(String dagId, String runId, String finalState) {
    FakeDagRun run = state.run(dagId, runId).orElseThrow();
    synchronized (state) {
      run.startDate = run.queuedAt.plusSeconds(5);
      run.endDate = run.queuedAt.plusSeconds(65);
      run.state = finalState;
    }
  }

  /** Triggers a run directly in the store, as the scheduler or another user would. */
  void addRun(String dagId, String runId) {
    state.addRun(dagId, runId, null, Instant.now(), null, null);
  }

  synchronized List<FakeRequest> requests() {
    return List.copyOf(requests);
  }

  /** How many calls went to paths that contain {@code part}, e.g. "/dagRuns" or "/auth/token". */
  synchronized long callsTo(String part) {
    return requests.stream().filter(request -> request.rawPath().contains(part)).count();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      FakeAnswer answer;
      try {
        FakeRequest request = FakeRequest.read(exchange);
        synchronized (this) {
          requests.add(request);
        }
        answer = answer(request);
      } catch (RuntimeException e) {
        answer = FakeAnswer.json(500, "{\"detail\":\"fake failed: " + e + "\"}");
      }
      write(exchange, answer);
    }
  }

  private FakeAnswer answer(FakeRequest request) {
    FakeAnswer failure = injectedFailure(request);
    if (failure == null) {
      return route(request);
    }
    if (failAfterHandling) {
      route(request);
    }
    return failure;
  }

  private FakeAnswer route(FakeRequest request) {
    List<String> path = request.segments();
    if (api == AirflowApiVersion.AIRFLOW_2 && startsWith(path, "api", "v1")) {
      return v1.handle(request, path.subList(2, path.size()));
    }
    if (api == AirflowApiVersion.AIRFLOW_3 && startsWith(path, "api", "v2")) {
      return v2.handle(request, path.subList(2, path.size()));
    }
    if (api == AirflowApiVersion.AIRFLOW_3 && path.equals(List.of("auth", "token"))) {
      return login.login(request);
    }
    // Outside its API, Airflow 2's Flask answers an HTML page, Airflow 3's FastAPI JSON.
    return api == AirflowApiVersion.AIRFLOW_2
        ? FakeAnswer.html(404, "404 Not Found")
        : FakeAnswer.json(404, "{\"detail\":\"Not Found\"}");
  }

  /** A 500 from Airflow itself is JSON; a 502/503/504 comes from the proxy in front, as HTML. */
  private synchronized FakeAnswer injectedFailure(FakeRequest request) {
    if (failuresLeft == 0 || !request.rawPath().contains("/dags/")) {
      return null;
    }
    failuresLeft--;
    if (failureStatus != 500) {
      return FakeAnswer.html(failureStatus, failureStatus + " Service Unavailable");
    }
    return api == AirflowApiVersion.AIRFLOW_2
        ? FakeAnswer.json(
            500,
            "{\"detail\":null,\"status\":500,\"title\":\"Internal Server Error\",\"type\":\"about:blank\"}")
        : FakeAnswer.json(500, "{\"detail\":\"Internal Server Error\"}");
  }

  private static boolean startsWith(List<String> path, String first, String second) {
    return path.size() >= 2 && path.get(0).equals(first) && path.get(1).equals(second);
  }

  private static void write(HttpExchange exchange, FakeAnswer answer) throws IOException {
    byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", answer.contentType());
    answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
