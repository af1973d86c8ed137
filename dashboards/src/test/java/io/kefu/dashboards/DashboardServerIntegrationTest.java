package io.kefu.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.clickhouse.ClickHouseGateway;
import io.kefu.clickhouse.ClickHouseRows;
import io.kefu.clickhouse.KefuSchema;
import io.kefu.core.event.Channel;
import io.kefu.core.event.ChatEvent;
import io.kefu.core.event.Role;
import io.kefu.testing.LocalStack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dashboard against the real ClickHouse server. */
class DashboardServerIntegrationTest {

  private ClickHouseGateway gateway;
  private DashboardServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    gateway = LocalStack.scratchClickHouse();
    server = new DashboardServer(new PipelineSummary(gateway), "127.0.0.1", 0);
  }

  @AfterEach
  void stop() {
    server.close();
    LocalStack.drop(gateway);
  }

  @Test
  void summaryCountsEachReplayedEventOnce() throws Exception {
    ChatEvent.Header h =
        new ChatEvent.Header(
            "e1", "s1", "c1", null, Channel.APP, OffsetDateTime.parse("2026-11-01T10:00:00+08:00"));
    String row =
        ClickHouseRows.message(
            ChatEvent.message(h, Role.CUSTOMER, "在吗"),
            ClickHouseRows.Enrichment.maskedOnly("在吗"),
            1);
    gateway.insertJsonEachRow(KefuSchema.MESSAGES, List.of(row));
    gateway.insertJsonEachRow(KefuSchema.MESSAGES, List.of(row));

    String body = get("/api/summary");

    assertThat(body)
        .contains("\"day\":\"2026-11-01\"")
        .contains("\"type\":\"message\"")
        .contains("\"events\":1");
    assertThat(get("/")).contains("<h1>Kefu Insight</h1>").contains("2026-11-01");
    assertThat(get("/health")).isEqualTo("ok");
  }

  private String get(String path) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }
}
