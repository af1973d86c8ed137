package io.kefu.dashboards.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefu.cli.CommandLines;
import io.kefu.clickhouse.ClickHouseGateway;
import io.kefu.clickhouse.ClickHouseSettings;
import io.kefu.clickhouse.KefuSchema;
import io.kefu.dashboards.auth.DashboardUser;
import io.kefu.dashboards.auth.Passwords;
import io.kefu.dashboards.auth.UserFile;
import io.kefu.dashboards.web.DashboardServer;
import io.kefu.dashboards.web.DashboardServices;
import io.kefu.qa.review.QaRole;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./kefu bench dashboard}: loads a scratch ClickHouse database with N sessions and their
 * messages, inspections, violations and daily tables ({@link BenchTables}), serves the dashboards
 * over it and times every page API as a logged-in browser calls it: p50 and p95 per API against the
 * issue's 300 ms, with a bare ClickHouse round trip of the same run as the baseline.
 */
@Command(
    name = "dashboard",
    mixinStandardHelpOptions = true,
    description =
        "Page-API latency with N sessions (default 100,000) and 10 messages each in ClickHouse.")
public final class DashboardBenchCommand implements Callable<Integer> {

  /** The target for every page API, p95. */
  static final double TARGET_P95_MS = 300;

  @Option(
      names = "--sessions",
      defaultValue = "100000",
      description = "sessions (default ${DEFAULT-VALUE})")
  int sessions;

  @Option(
      names = "--samples",
      defaultValue = "40",
      description = "timed calls per API (default ${DEFAULT-VALUE})")
  int samples;

  @Option(names = "--keep", description = "keep the scratch database")
  boolean keep;

  @Override
  public Integer call() throws Exception {
    ClickHouseSettings base = ClickHouseSettings.fromEnvironment();
    ClickHouseGateway gateway =
        ClickHouseGateway.connect(base.withDatabase("kefu_bench_dashboard"));
    gateway.execute("DROP DATABASE IF EXISTS " + gateway.database());
    KefuSchema.create(gateway);
    Path dir = Files.createTempDirectory("kefu-bench-dashboard");
    try {
      long started = System.nanoTime();
      BenchTables.Counts counts =
          new BenchTables(gateway, sessions, 20261101L)
              .load(
                  done ->
                      System.err.printf("[bench] loading: %,d of %,d sessions%n", done, sessions));
      gateway.execute("OPTIMIZE TABLE " + gateway.qualify(KefuSchema.MESSAGES) + " FINAL");
      System.err.printf(
          "[bench] loaded %,d sessions, %,d messages, %,d violations in %.1f s%n",
          counts.sessions(), counts.messages(), counts.violations(), seconds(started));
      UserFile users = new UserFile(dir.resolve("users.jsonl"));
      String password = "bench-password";
      users.put(new DashboardUser("admin", QaRole.ADMIN, "", Passwords.hash(password)));
      users.put(
          new DashboardUser("agent", QaRole.AGENT, BenchTables.agent(7), Passwords.hash(password)));
      try (DashboardServer server =
          DashboardServer.start(
              new DashboardServices(gateway, users, null, List.of(), Clock.systemUTC()),
              "127.0.0.1",
              0)) {
        String url = "http://127.0.0.1:" + server.port();
        Browser admin = Browser.login(url, "admin", password);
        Browser agent = Browser.login(url, "agent", password);
        double[] baseline = time(() -> gateway.queryLong("SELECT 1"));
        Map<String, double[]> apis = new LinkedHashMap<>();
        String day = BenchTables.lastDay().toString();
        String from = BenchTables.lastDay().minusDays(6).toString();
        String agentId = BenchTables.agent(3);
        Map<String, Runnable> calls = new LinkedHashMap<>();
        calls.put("/api/hot", () -> admin.get("/api/hot"));
        calls.put("/api/quality", () -> admin.get("/api/quality?from=" + from + "&to=" + day));
        calls.put("/api/quality (agent)", () -> agent.get("/api/quality"));
        calls.put("/api/qa/inspections", () -> admin.get("/api/qa/inspections"));
        calls.put(
            "/api/qa/inspections?rule_id&day",
            () -> admin.get("/api/qa/inspections?rule_id=first_response_timeout&day=" + day));
        calls.put("/api/qa/spotlight", () -> admin.get("/api/qa/spotlight"));
        calls.put(
            "/api/qa/sessions/{id}",
            () -> admin.get("/api/qa/sessions/" + BenchTables.sessionId(sessions / 2)));
        calls.put("/api/qa/calibration", () -> admin.get("/api/qa/calibration"));
        calls.put("/api/qa/coverage", () -> admin.get("/api/qa/coverage"));
        calls.put(
            "/api/sessions (agent, CSAT<3, week)",
            () -> admin.get("/api/sessions?agent_id=" + agentId + "&rating_max=2&from=" + from));
        calls.put(
            "/api/sessions.csv (agent, week)",
            () -> admin.get("/api/sessions.csv?agent_id=" + agentId + "&from=" + from));
        calls.put("/api/data", () -> admin.get("/api/data"));
        for (Map.Entry<String, Runnable> call : calls.entrySet()) {
          apis.put(call.getKey(), time(call.getValue()));
          double[] t = apis.get(call.getKey());
          System.err.printf(
              "[bench] %-38s p50 %6.1f ms  p95 %6.1f ms%n",
              call.getKey(), percentile(t, 50), percentile(t, 95));
        }
        double worst = apis.values().stream().mapToDouble(t -> percentile(t, 95)).max().orElse(0);
        String slowest =
            apis.entrySet().stream()
                .max(
                    (a, b) ->
                        Double.compare(percentile(a.getValue(), 95), percentile(b.getValue(), 95)))
                .map(Map.Entry::getKey)
                .orElse("");
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("bench", "dashboard");
        line.put("sessions", counts.sessions());
        line.put("messages", counts.messages());
        line.put("samples_per_api", samples);
        line.put("baseline_clickhouse_select1_p50_ms", round(percentile(baseline, 50)));
        Map<String, Object> perApi = new LinkedHashMap<>();
        apis.forEach(
            (name, t) ->
                perApi.put(
                    name,
                    Map.of(
                        "p50_ms", round(percentile(t, 50)), "p95_ms", round(percentile(t, 95)))));
        line.put("apis", perApi);
        line.put("worst_p95_ms", round(worst));
        line.put("worst_api", slowest);
        line.put("worst_p95_over_target", round(worst / TARGET_P95_MS));
        line.put("target_met", worst <= TARGET_P95_MS);
        System.out.println(new ObjectMapper().writeValueAsString(line));
      }
    } finally {
      if (!keep) {
        gateway.execute("DROP DATABASE IF EXISTS " + gateway.database());
      }
      gateway.close();
    }
    return 0;
  }

  private double[] time(Runnable call) {
    for (int i = 0; i < 3; i++) {
      call.run();
    }
    double[] millis = new double[samples];
    for (int i = 0; i < samples; i++) {
      long start = System.nanoTime();
      call.run();
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    return millis;
  }

  static double percentile(double[] sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  /** A logged-in HTTP client with its own cookie jar. */
  record Browser(HttpClient http, String base) {

    static Browser login(String base, String user, String password) throws Exception {
      HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/login"))
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("bench login failed: " + response.body());
      }
      return new Browser(http, base);
    }

    void get(String path) {
      try {
        HttpResponse<byte[]> response =
            http.send(
                HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
          throw new IllegalStateException(
              path + " answered " + response.statusCode() + ": " + new String(response.body()));
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  public static void main(String[] args) {
    System.exit(CommandLines.run(new DashboardBenchCommand(), args));
  }
}
