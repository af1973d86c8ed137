package io.kefu.dashboards.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefu.clickhouse.ClickHouseGateway;
import io.kefu.clickhouse.KefuSchema;
import io.kefu.dashboards.auth.DashboardUser;
import io.kefu.dashboards.auth.Passwords;
import io.kefu.dashboards.auth.UserFile;
import io.kefu.qa.review.QaRole;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, fully known data set in the tables the pipeline fills (two days, three agents, twelve
 * sessions, violations of three rules, one spike), and one login per role. The rows are written as
 * the stream writes them (JSONEachRow, DateTime as epoch seconds) so the dashboards read them as
 * they read production tables.
 */
final class DashboardFixture {

  static final String PASSWORD = "kefu-test-pass";
  static final LocalDate DAY1 = LocalDate.parse("2026-11-20");
  static final LocalDate DAY2 = LocalDate.parse("2026-11-21");
  static final List<String> AGENTS = List.of("agent_a", "agent_b", "agent_c");

  private static final ObjectMapper JSON = new ObjectMapper();

  private DashboardFixture() {}

  /** One login per role, named after it; the agent login is agent_a. */
  static UserFile users(Path dir) {
    UserFile users = new UserFile(dir.resolve("users.jsonl"));
    String hash = Passwords.hash(PASSWORD);
    for (QaRole role : QaRole.values()) {
      users.put(
          new DashboardUser(
              role.wireName(), role, role == QaRole.AGENT ? AGENTS.get(0) : "", hash));
    }
    return users;
  }

  /** Session {@code s<day>-<n>}: n = 0..5 each day, agent n % 3, scores as listed. */
  static void load(ClickHouseGateway gateway) {
    List<String> sessions = new ArrayList<>();
    List<String> messages = new ArrayList<>();
    List<String> inspections = new ArrayList<>();
    List<String> violations = new ArrayList<>();
    int[] scores = {100, 92, 0, 75, 100, 60};
    String[] intents = {
      "logistics_query",
      "refund_request",
      "complaint",
      "logistics_query",
      "product_question",
      "refund_request"
    };
    for (LocalDate day : List.of(DAY1, DAY2)) {
      long dayStart = day.atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toEpochSecond();
      for (int n = 0; n < 6; n++) {
        String id = sessionId(day, n);
        String agent = AGENTS.get(n % 3);
        long start = dayStart + 10 * 3600 + n * 600L;
        sessions.add(
            row(
                "day",
                day.toString(),
                "session_id",
                id,
                "customer_id",
                "c" + n,
                "agent_id",
                agent,
                "channel",
                n % 2 == 0 ? "app" : "web",
                "start_ts",
                start,
                "end_ts",
                start + 300,
                "duration_s",
                300,
                "turns",
                4,
                "first_response_s",
                20 + n * 15,
                "transfers",
                0,
                "end_reason",
                "resolved",
                "rating",
                n == 2 ? 1 : n == 5 ? 0 : 5,
                "intent",
                intents[n],
                "faq_cluster",
                n % 2 == 0 ? "3" : "",
                "version",
                1));
        String[][] turns = {
          {"customer", "我的快递三天了还没到，单号是SF****"},
          {"agent", "您好，这边帮您查询一下物流"},
          {"customer", n == 2 ? "你们什么破服务，气死我了" : "好的谢谢"},
          {"agent", n == 2 ? "加我微信聊 wx_****" : "已为您催促，请耐心等待，祝您生活愉快"}
        };
        for (int t = 0; t < turns.length; t++) {
          messages.add(
              row(
                  "day",
                  day.toString(),
                  "ts",
                  start + t * 30L,
                  "ts_millis",
                  (start + t * 30L) * 1000,
                  "event_id",
                  id + "-e" + t,
                  "type",
                  "message",
                  "session_id",
                  id,
                  "customer_id",
                  "c" + n,
                  "agent_id",
                  agent,
                  "channel",
                  "app",
                  "role",
                  turns[t][0],
                  "text",
                  turns[t][1],
                  "end_reason",
                  "",
                  "rating",
                  0,
                  "intent",
                  turns[t][0].equals("customer") ? intents[n] : "",
                  "sentiment",
                  "",
                  "intent_model",
                  "",
                  "sentiment_model",
                  "",
                  "version",
                  1));
        }
        int count = 0;
        boolean critical = false;
        if (scores[n] < 100) {
          if (n == 2) {
            violations.add(
                violation(
                    day,
                    id,
                    "off_platform_steering",
                    "critical",
                    100,
                    3,
                    "加我微信聊 wx_****",
                    "引导客户到站外联系"));
            violations.add(
                violation(
                    day,
                    id,
                    "no_apology_on_complaint",
                    "major",
                    15,
                    3,
                    "加我微信聊 wx_****",
                    "客户投诉后未致歉"));
            count = 2;
            critical = true;
          } else {
            violations.add(
                violation(
                    day,
                    id,
                    "first_response_timeout",
                    "major",
                    100 - scores[n],
                    1,
                    "您好，这边帮您查询一下物流",
                    "首次响应 95 秒，超过 60 秒"));
            count = 1;
          }
        }
        inspections.add(
            row(
                "day",
                day.toString(),
                "session_id",
                id,
                "agent_id",
                agent,
                "channel",
                n % 2 == 0 ? "app" : "web",
                "score",
                scores[n],
                "violations",
                count,
                "critical",
                critical ? 1 : 0,
                "review_queued",
                critical ? 1 : 0,
                "rule_set_version",
                "test",
                "sentiment_source",
                "model",
                "inspected_at",
                start + 400,
                "version",
                1));
      }
    }
    gateway.insertJsonEachRow(KefuSchema.SESSIONS, sessions);
    gateway.insertJsonEachRow(KefuSchema.MESSAGES, messages);
    gateway.insertJsonEachRow(KefuSchema.QA_INSPECTIONS, inspections);
    gateway.insertJsonEachRow(KefuSchema.QA_VIOLATIONS, violations);
    List<String> fcr = new ArrayList<>();
    List<String> csat = new ArrayList<>();
    List<String> timing = new ArrayList<>();
    List<String> coverage = new ArrayList<>();
    for (LocalDate day : List.of(DAY1, DAY2)) {
      for (String agent : AGENTS) {
        fcr.add(
            row(
                "day",
                day.toString(),
                "intent",
                "logistics_query",
                "channel",
                "app",
                "agent_id",
                agent,
                "issues",
                4,
                "resolved_first_contact",
                3,
                "final",
                day.equals(DAY1) ? 1 : 0,
                "version",
                1));
        csat.add(
            row(
                "day",
                day.toString(),
                "intent",
                "logistics_query",
                "channel",
                "app",
                "agent_id",
                agent,
                "rated",
                2,
                "satisfied",
                agent.equals("agent_c") ? 0 : 2,
                "rating_sum",
                agent.equals("agent_c") ? 2 : 10,
                "ended",
                2,
                "version",
                1));
        timing.add(
            row(
                "day",
                day.toString(),
                "agent_id",
                agent,
                "sessions",
                2,
                "answered",
                2,
                "first_response_seconds_sum",
                80,
                "first_response_within_sla",
                1,
                "replies",
                4,
                "reply_delay_seconds_sum",
                100,
                "replies_within_sla",
                4,
                "max_reply_delay_seconds",
                40,
                "version",
                1));
      }
      coverage.add(
          row(
              "day",
              day.toString(),
              "ended",
              6,
              "inspected",
              day.equals(DAY1) ? 6 : 5,
              "version",
              1));
    }
    gateway.insertJsonEachRow(KefuSchema.FCR_DAILY, fcr);
    gateway.insertJsonEachRow(KefuSchema.CSAT_DAILY, csat);
    gateway.insertJsonEachRow(KefuSchema.AGENT_TIMING_DAILY, timing);
    gateway.insertJsonEachRow(KefuSchema.QA_COVERAGE_DAILY, coverage);
    List<String> topics = new ArrayList<>();
    long day2 = DAY2.atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toEpochSecond();
    for (int w = 0; w < 8; w++) {
      long window = day2 + 14 * 3600 + w * 600L;
      boolean spike = w == 6 || w == 7;
      topics.add(
          row(
              "day",
              DAY2.toString(),
              "window_start",
              window,
              "topic_kind",
              "intent",
              "topic",
              "logistics_query",
              "sessions",
              spike ? 21 : 4,
              "baseline",
              4.5,
              "spike_score",
              spike ? 6.2 : 0.3,
              "spike",
              spike ? 1 : 0,
              "rank",
              1,
              "version",
              1));
      topics.add(
          row(
              "day",
              DAY2.toString(),
              "window_start",
              window,
              "topic_kind",
              "intent",
              "topic",
              "refund_request",
              "sessions",
              2,
              "baseline",
              2.0,
              "spike_score",
              0.0,
              "spike",
              0,
              "rank",
              2,
              "version",
              1));
    }
    gateway.insertJsonEachRow(KefuSchema.HOT_TOPICS, topics);
    gateway.insertJsonEachRow(
        KefuSchema.HOT_PHRASES,
        List.of(
            row(
                "day",
                DAY2.toString(),
                "window_start",
                day2 + 15 * 3600,
                "phrase",
                "快递丢件",
                "sessions",
                9,
                "baseline",
                1.0,
                "spike_score",
                7.5,
                "spike",
                1,
                "rank",
                1,
                "examples",
                List.of("快递丢件了怎么办", "我的快递丢件了"),
                "version",
                1)));
    gateway.insertJsonEachRow(
        KefuSchema.LATE_EVENTS,
        List.of(
            row(
                "day",
                DAY2.toString(),
                "event_id",
                "s21-1-late",
                "session_id",
                "s21-1",
                "type",
                "rating",
                "ts",
                day2 + 3600,
                "watermark",
                day2 + 7200,
                "handling",
                "corrected",
                "version",
                1)));
    gateway.insertJsonEachRow(
        KefuSchema.DEAD_LETTERS,
        List.of(
            row(
                "day",
                DAY2.toString(),
                "received_at",
                day2 + 3600,
                "source",
                "chat-events",
                "location",
                "0:17",
                "event_id",
                "",
                "reason",
                "malformed_json",
                "detail",
                "Unexpected end-of-input",
                "raw",
                "{\"event_id\":",
                "version",
                1)));
  }

  static String sessionId(LocalDate day, int n) {
    return "s" + day.getDayOfMonth() + "-" + n;
  }

  private static String violation(
      LocalDate day,
      String session,
      String rule,
      String severity,
      int weight,
      int index,
      String evidence,
      String explanation) {
    return row(
        "day",
        day.toString(),
        "session_id",
        session,
        "rule_id",
        rule,
        "severity",
        severity,
        "weight",
        weight,
        "message_index",
        index,
        "evidence",
        evidence,
        "explanation",
        explanation,
        "inspected_at",
        Instant.parse("2026-11-22T00:00:00Z").getEpochSecond(),
        "version",
        1);
  }

  private static String row(Object... keyValues) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      row.put((String) keyValues[i], keyValues[i + 1]);
    }
    try {
      return JSON.writeValueAsString(row);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
