package io.kefu.dashboards.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kefu.clickhouse.ClickHouseGateway;
import io.kefu.clickhouse.KefuSchema;
import io.kefu.testing.LocalStack;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboards' JSON API against the real ClickHouse server, over HTTP as a browser calls it:
 * what each page returns on a known data set, roles, CSRF, review persistence, CSV export and SQL
 * injection in every filter.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardApiIntegrationTest {

  @TempDir static Path dir;
  private ClickHouseGateway gateway;
  private DashboardServer server;

  @BeforeAll
  void start() {
    gateway = LocalStack.scratchClickHouse();
    DashboardFixture.load(gateway);
    server =
        DashboardServer.start(
            new DashboardServices(
                gateway, DashboardFixture.users(dir), null, List.of(), Clock.systemUTC()),
            "127.0.0.1",
            0);
  }

  @AfterAll
  void stop() {
    server.close();
    LocalStack.drop(gateway);
  }

  private ApiClient as(String role) {
    ApiClient client = new ApiClient(server.port());
    assertThat(client.login(role, DashboardFixture.PASSWORD).statusCode()).isEqualTo(200);
    return client;
  }

  @Test
  void loginSetsAnHttpOnlyStrictCookieAndRefusesAWrongPassword() {
    ApiClient client = new ApiClient(server.port());
    HttpResponse<String> wrong = client.login("qa_manager", "not-the-password");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(client.get("/api/me").statusCode()).isEqualTo(401);
    assertThat(new ApiClient(server.port()).login("nobody", "whatever1").statusCode())
        .isEqualTo(401);

    HttpResponse<String> ok = client.login("qa_manager", DashboardFixture.PASSWORD);
    assertThat(ok.statusCode()).isEqualTo(200);
    String cookie = ok.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie)
        .contains("kefu_session=")
        .containsIgnoringCase("HttpOnly")
        .containsIgnoringCase("SameSite=Strict");
    JsonNode me = ApiClient.tree(client.get("/api/me"));
    assertThat(me.path("role").asText()).isEqualTo("qa_manager");
    assertThat(me.path("pages").toString()).contains("qa").doesNotContain("models");
    assertThat(ok.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("script-src 'self'");
    assertThat(ok.headers().firstValue("X-Frame-Options")).contains("DENY");
  }

  @Test
  void repeatedWrongPasswordsLockTheName() {
    for (int i = 0; i < 5; i++) {
      assertThat(new ApiClient(server.port()).login("guesser", "wrong-" + i).statusCode())
          .isEqualTo(401);
    }
    assertThat(new ApiClient(server.port()).login("guesser", "wrong-6").statusCode())
        .isEqualTo(429);
  }

  @Test
  void stateChangesNeedTheSessionsCsrfToken() {
    ApiClient manager = as("qa_manager");
    Map<String, Object> verdict = verdictBody("s20-3", "first_response_timeout", 1, "correct");
    assertThat(manager.post("/api/qa/verdicts", verdict, null).statusCode()).isEqualTo(403);
    assertThat(manager.post("/api/qa/verdicts", verdict, "forged-token").statusCode())
        .isEqualTo(403);
    ApiClient other = as("admin");
    assertThat(manager.post("/api/qa/verdicts", verdict, other.csrf).statusCode())
        .as("another session's token")
        .isEqualTo(403);
    assertThat(manager.post("/api/qa/verdicts", verdict).statusCode()).isEqualTo(200);
  }

  @Test
  void eachRoleSeesItsPagesOnly() {
    ApiClient product = as("product");
    assertThat(product.get("/api/qa/inspections").statusCode()).isEqualTo(403);
    assertThat(product.get("/api/qa/sessions/s20-2").statusCode()).isEqualTo(403);
    assertThat(product.get("/api/models").statusCode()).isEqualTo(403);
    HttpResponse<String> hot = product.get("/api/hot");
    assertThat(hot.statusCode()).as(hot.body()).isEqualTo(200);
    ApiClient agent = as("agent");
    assertThat(agent.get("/api/hot").statusCode()).isEqualTo(403);
    assertThat(agent.get("/api/qa/calibration").statusCode()).isEqualTo(403);
    assertThat(
            agent
                .post(
                    "/api/qa/verdicts", verdictBody("s20-0", "first_response_timeout", 1, "wrong"))
                .statusCode())
        .isEqualTo(403);
    ApiClient scientist = as("data_scientist");
    assertThat(scientist.get("/api/models").statusCode()).isEqualTo(200);
    assertThat(scientist.get("/api/qa/inspections").statusCode()).isEqualTo(403);
  }

  @Test
  void anAgentSeesOnlyTheirOwnSessions() {
    ApiClient agent = as("agent");
    JsonNode queue = ApiClient.tree(agent.get("/api/qa/inspections?agent_id=agent_b"));
    assertThat(queue.path("total").asLong()).isEqualTo(4);
    queue.path("rows").forEach(r -> assertThat(r.path("agent_id").asText()).isEqualTo("agent_a"));
    assertThat(agent.get("/api/qa/sessions/s20-1").statusCode()).isEqualTo(403);
    assertThat(agent.get("/api/qa/sessions/s20-0").statusCode()).isEqualTo(200);
    JsonNode sessions = ApiClient.tree(agent.get("/api/sessions"));
    assertThat(sessions.path("total").asLong()).isEqualTo(4);
    JsonNode quality = ApiClient.tree(agent.get("/api/quality"));
    assertThat(quality.path("by_agent")).hasSize(1);
  }

  @Test
  void theQueueFiltersSortsAndPages() {
    ApiClient manager = as("qa_manager");
    JsonNode all = ApiClient.tree(manager.get("/api/qa/inspections"));
    assertThat(all.path("total").asLong()).isEqualTo(12);
    assertThat(all.path("rows").get(0).path("score").asInt()).isZero();
    JsonNode critical =
        ApiClient.tree(manager.get("/api/qa/inspections?severity=critical&day=2026-11-21"));
    assertThat(critical.path("total").asLong()).isEqualTo(1);
    assertThat(critical.path("rows").get(0).path("session_id").asText()).isEqualTo("s21-2");
    assertThat(critical.path("rows").get(0).path("rules").toString())
        .contains("off_platform_steering");
    JsonNode byRule =
        ApiClient.tree(
            manager.get("/api/qa/inspections?rule_id=first_response_timeout&score_max=80"));
    assertThat(byRule.path("total").asLong()).isEqualTo(4);
    JsonNode page =
        ApiClient.tree(manager.get("/api/qa/inspections?sort=score_desc&limit=5&offset=5"));
    assertThat(page.path("rows")).hasSize(5);
    assertThat(manager.get("/api/qa/inspections?sort=drop_table").statusCode()).isEqualTo(400);
  }

  @Test
  void spotlightLabelsEachPickWithWhy() {
    JsonNode picks = ApiClient.tree(as("qa_manager").get("/api/qa/spotlight")).path("picks");
    List<String> reasons = new ArrayList<>();
    picks.forEach(p -> reasons.add(p.path("reason").asText()));
    assertThat(reasons).contains("critical", "lowest_score", "least_certain", "random");
    picks.forEach(p -> assertThat(p.path("why").asText()).isNotBlank());
    assertThat(picks.get(0).path("reason").asText()).isEqualTo("critical");
  }

  @Test
  void verdictsAppealsAndRulingsPersist() {
    ApiClient manager = as("qa_manager");
    ApiClient agent = as("agent");
    assertThat(
            manager
                .post(
                    "/api/qa/verdicts", verdictBody("s21-0", "off_platform_steering", 3, "correct"))
                .statusCode())
        .as("no such violation")
        .isEqualTo(404);
    assertThat(
            manager
                .post(
                    "/api/qa/verdicts", verdictBody("s21-3", "first_response_timeout", 1, "wrong"))
                .statusCode())
        .isEqualTo(200);

    Map<String, Object> appeal =
        Map.of(
            "session_id",
            "s21-0",
            "rule_id",
            "first_response_timeout",
            "message_index",
            1,
            "comment",
            "客户没有发消息");
    assertThat(agent.post("/api/qa/appeals", appeal).statusCode())
        .as("s21-0 scored 100: nothing to appeal")
        .isEqualTo(404);
    Map<String, Object> own =
        Map.of(
            "session_id",
            "s21-3",
            "rule_id",
            "first_response_timeout",
            "message_index",
            1,
            "comment",
            "系统延迟，客户消息晚到");
    assertThat(agent.post("/api/qa/appeals", own).statusCode()).isEqualTo(200);
    assertThat(agent.post("/api/qa/appeals", own).statusCode()).as("second appeal").isEqualTo(409);
    Map<String, Object> ruling =
        Map.of(
            "session_id",
            "s21-3",
            "rule_id",
            "first_response_timeout",
            "message_index",
            1,
            "ruling",
            "overturned",
            "comment",
            "属实");
    assertThat(manager.post("/api/qa/appeals/ruling", ruling).statusCode()).isEqualTo(200);
    assertThat(manager.post("/api/qa/appeals/ruling", ruling).statusCode())
        .as("the ruling is final")
        .isEqualTo(409);

    JsonNode session = ApiClient.tree(as("admin").get("/api/qa/sessions/s21-3"));
    JsonNode violation = session.path("violations").get(0);
    assertThat(violation.path("verdicts").get(0).path("verdict").asText()).isEqualTo("wrong");
    assertThat(violation.path("appeal").path("ruling").asText()).isEqualTo("overturned");
    assertThat(session.path("messages")).hasSize(4);
    assertThat(session.path("messages").get(1).path("role").asText()).isEqualTo("agent");
    JsonNode calibration = ApiClient.tree(manager.get("/api/qa/calibration"));
    assertThat(calibration.toString()).contains("first_response_timeout");
  }

  @Test
  void pagesReturnTheFixturesFigures() {
    ApiClient admin = as("admin");
    JsonNode hot = ApiClient.tree(admin.get("/api/hot"));
    assertThat(hot.path("day").asText()).isEqualTo("2026-11-21");
    JsonNode spike = hot.path("spikes").get(0);
    assertThat(spike.path("topic").asText()).isEqualTo("logistics_query");
    assertThat(spike.path("windows").asInt()).isEqualTo(2);
    assertThat(spike.path("started").asText()).isEqualTo("2026-11-21T07:00:00Z");
    assertThat(hot.path("phrases").get(0).path("examples")).hasSize(2);
    assertThat(hot.path("top_day").get(0).path("topic").asText()).isEqualTo("logistics_query");

    JsonNode quality = ApiClient.tree(admin.get("/api/quality"));
    JsonNode day1 = quality.path("fcr_by_day").get(0);
    assertThat(day1.path("fcr").asDouble()).isEqualTo(0.75);
    assertThat(day1.path("provisional").asBoolean()).isFalse();
    assertThat(quality.path("fcr_by_day").get(1).path("provisional").asBoolean()).isTrue();
    assertThat(quality.path("csat_by_day").get(0).path("csat").asDouble()).isEqualTo(4.0 / 6);
    JsonNode agentA = quality.path("by_agent").get(0);
    assertThat(agentA.path("agent_id").asText()).isEqualTo("agent_a");
    assertThat(agentA.path("avg_first_response_s").asDouble()).isEqualTo(40.0);
    assertThat(agentA.path("first_response_sla_pct").asDouble()).isEqualTo(0.5);

    JsonNode coverage = ApiClient.tree(admin.get("/api/qa/coverage")).path("days");
    assertThat(coverage.get(0).path("alert").asBoolean()).isFalse();
    assertThat(coverage.get(1).path("alert").asBoolean()).isTrue();
    JsonNode data = ApiClient.tree(admin.get("/api/data"));
    assertThat(data.path("dead_letters").get(0).path("reason").asText())
        .isEqualTo("malformed_json");
  }

  @Test
  void drillDownExportsCsvWithBomForExcel() {
    ApiClient manager = as("qa_manager");
    String filter = "?agent_id=agent_c&rating_max=2&from=2026-11-20&to=2026-11-21";
    JsonNode rows = ApiClient.tree(manager.get("/api/sessions" + filter));
    assertThat(rows.path("total").asLong()).isEqualTo(2);
    HttpResponse<String> csv = manager.get("/api/sessions.csv" + filter);
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(csv.body()).startsWith("\uFEFFsession_id,day,agent_id");
    String[] lines = csv.body().split("\r\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[1]).startsWith("s21-2,2026-11-21,agent_c,app,complaint");
  }

  @Test
  void noFilterValueChangesTheSql() {
    ApiClient admin = as("admin");
    long sessions = count(KefuSchema.SESSIONS);
    List<String> attacks =
        List.of(
            "' OR 1=1 --",
            "x'; DROP TABLE sessions; --",
            "agent_a' UNION SELECT * FROM system.users --",
            "\\' OR \\'1\\'=\\'1",
            "1) OR (1=1",
            "agent_a\u0000");
    List<String> endpoints =
        List.of(
            "/api/qa/inspections?agent_id=",
            "/api/qa/inspections?rule_id=",
            "/api/qa/inspections?severity=",
            "/api/qa/inspections?day=",
            "/api/qa/inspections?score_min=",
            "/api/qa/inspections?score_max=",
            "/api/qa/inspections?reviewed=",
            "/api/qa/inspections?sort=",
            "/api/qa/inspections?limit=",
            "/api/qa/inspections?offset=",
            "/api/sessions?agent_id=",
            "/api/sessions?channel=",
            "/api/sessions?intent=",
            "/api/sessions?faq_cluster=",
            "/api/sessions?rule_id=",
            "/api/sessions?rating_max=",
            "/api/sessions?rating_min=",
            "/api/sessions?from=",
            "/api/sessions?to=",
            "/api/sessions.csv?agent_id=",
            "/api/quality?agent_id=",
            "/api/quality?channel=",
            "/api/quality?intent=",
            "/api/quality?from=",
            "/api/hot?day=",
            "/api/qa/appeals?open=",
            "/api/qa/sessions/");
    for (String endpoint : endpoints) {
      for (String attack : attacks) {
        HttpResponse<String> response = admin.get(endpoint + ApiClient.query(attack));
        assertThat(response.statusCode())
            .as(endpoint + attack + " → " + response.body())
            .isIn(400, 404);
      }
    }
    assertThat(count(KefuSchema.SESSIONS)).isEqualTo(sessions);
    // a value that passes validation is a literal, not SQL
    JsonNode none = ApiClient.tree(admin.get("/api/sessions?intent=" + ApiClient.query("x--1")));
    assertThat(none.path("total").asLong()).isZero();
  }

  private long count(String table) {
    return gateway.queryLong("SELECT count() FROM " + gateway.qualify(table));
  }

  private static Map<String, Object> verdictBody(
      String session, String rule, int index, String verdict) {
    return Map.of(
        "session_id",
        session,
        "rule_id",
        rule,
        "message_index",
        index,
        "verdict",
        verdict,
        "comment",
        "");
  }
}
