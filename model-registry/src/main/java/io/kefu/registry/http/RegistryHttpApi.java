package io.kefu.registry.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.kefu.core.model.ModelName;
import io.kefu.registry.ModelRegistry;
import io.kefu.registry.RegistryException;
import io.kefu.registry.RegistryJson;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The read-only HTTP API of the registry, for the dashboards. All answers are JSON:
 *
 * <ul>
 *   <li>{@code GET /api/models}: each model with its versions and aliases
 *   <li>{@code GET /api/models/{name}}: versions, aliases (with previous versions) and tags
 *   <li>{@code GET /api/models/{name}/versions/{v}}: the version's metadata, aliases and tags
 *   <li>{@code GET /api/models/{name}/history}: the audit log, oldest first
 * </ul>
 *
 * Errors are {@code {"error": "..."}} with 404 (unknown model, version or path), 405 (a method
 * other than GET) or 500.
 */
public final class RegistryHttpApi implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(RegistryHttpApi.class);

  private final ModelRegistry registry;
  private final HttpServer server;

  /** Binds the address (port 0 picks a free one); {@link #start()} begins serving. */
  public RegistryHttpApi(ModelRegistry registry, InetSocketAddress address) throws IOException {
    this.registry = registry;
    this.server = HttpServer.create(address, 0);
    server.createContext("/api/models", this::handle);
    server.setExecutor(Executors.newFixedThreadPool(4));
  }

  public RegistryHttpApi start() {
    server.start();
    return this;
  }

  /** The port actually bound. */
  public int port() {
    return server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"GET".equals(exchange.getRequestMethod())) {
        send(exchange, 405, Map.of("error", "the registry API is read-only: use GET"));
        return;
      }
      try {
        send(exchange, 200, route(exchange.getRequestURI().getPath()));
      } catch (IllegalArgumentException | RegistryException e) {
        send(exchange, 404, Map.of("error", e.getMessage()));
      } catch (RuntimeException e) {
        LOG.error("registry API failed on {}", exchange.getRequestURI(), e);
        send(exchange, 500, Map.of("error", String.valueOf(e.getMessage())));
      }
    }
  }

  private Object route(String path) {
    String[] parts = path.replaceAll("/+$", "").split("/");
    // parts: "", "api", "models", name, ("versions", v | "history")
    if (parts.length == 3) {
      return models();
    }
    String name = ModelName.parse(parts[3]).wireName();
    if (parts.length == 4) {
      return model(name);
    }
    if (parts.length == 5 && parts[4].equals("history")) {
      return registry.history(name);
    }
    if (parts.length == 6 && parts[4].equals("versions") && parts[5].matches("[1-9]\\d{0,8}")) {
      return version(name, Integer.parseInt(parts[5]));
    }
    throw new IllegalArgumentException("no such resource: " + path);
  }

  private List<Object> models() {
    List<Object> models = new ArrayList<>();
    for (ModelName model : registry.models()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("model", model.wireName());
      row.put("versions", registry.versions(model.wireName()));
      row.put("aliases", registry.aliases(model.wireName()).aliases());
      models.add(row);
    }
    return models;
  }

  private Map<String, Object> model(String name) {
    List<Integer> versions = registry.versions(name);
    if (versions.isEmpty()) {
      throw new RegistryException("model " + name + " has no versions");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("model", name);
    body.put("versions", versions);
    body.put("aliases", registry.aliases(name));
    body.put("tags", registry.tags(name));
    return body;
  }

  private Map<String, Object> version(String name, int version) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("model", name);
    body.put("version", version);
    body.put("metadata", registry.metadata(name, version));
    body.put(
        "aliases",
        registry.aliases(name).aliases().entrySet().stream()
            .filter(e -> e.getValue() == version)
            .map(Map.Entry::getKey)
            .sorted()
            .toList());
    body.put("tags", registry.tags(name).getOrDefault(version, Map.of()));
    return body;
  }

  private static void send(HttpExchange exchange, int status, Object body) throws IOException {
    byte[] bytes = RegistryJson.line(body).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
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
