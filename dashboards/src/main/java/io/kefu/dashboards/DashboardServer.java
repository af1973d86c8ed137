package io.kefu.dashboards;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web dashboard: an HTML page and a JSON API over what the pipeline wrote to ClickHouse.
 * Routes: {@code /} (page), {@code /api/summary} (JSON), {@code /health}.
 */
public final class DashboardServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(DashboardServer.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final PipelineSummary summary;

  /**
   * Starts serving.
   *
   * @param port 0 picks a free port (tests)
   */
  public DashboardServer(PipelineSummary summary, String host, int port) throws IOException {
    this.summary = summary;
    this.server = HttpServer.create(new InetSocketAddress(host, port), 0);
    server.createContext("/health", exchange -> respond(exchange, 200, "text/plain", "ok"));
    server.createContext("/api/summary", this::serveSummaryJson);
    server.createContext("/", this::servePage);
    server.setExecutor(Executors.newFixedThreadPool(2));
    server.start();
    LOG.info("dashboard on http://{}:{}/", host, port());
  }

  public int port() {
    return server.getAddress().getPort();
  }

  private Map<String, Object> summaryModel() {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("events_by_day", summary.eventsByDay());
    model.put("dead_letters_by_reason", summary.deadLettersByReason());
    return model;
  }

  private void serveSummaryJson(HttpExchange exchange) throws IOException {
    try {
      respond(exchange, 200, "application/json", JSON.writeValueAsString(summaryModel()));
    } catch (RuntimeException e) {
      LOG.warn("summary failed", e);
      respond(
          exchange,
          503,
          "application/json",
          JSON.writeValueAsString(Map.of("error", e.getMessage())));
    }
  }

  private void servePage(HttpExchange exchange) throws IOException {
    if (!exchange.getRequestURI().getPath().equals("/")) {
      respond(exchange, 404, "text/plain", "not found");
      return;
    }
    try {
      respond(exchange, 200, "text/html; charset=utf-8", SummaryPage.render(summaryModel()));
    } catch (RuntimeException e) {
      LOG.warn("page failed", e);
      respond(
          exchange, 503, "text/plain; charset=utf-8", "ClickHouse unavailable: " + e.getMessage());
    }
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> rows(Map<String, Object> model, String key) {
    return (List<Map<String, Object>>) model.get(key);
  }

  private static void respond(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
