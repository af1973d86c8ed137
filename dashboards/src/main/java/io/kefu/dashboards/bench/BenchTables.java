package io.kefu.dashboards.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.kefu.clickhouse.ClickHouseGateway;
import io.kefu.clickhouse.KefuSchema;
import io.kefu.core.qa.QaRuleId;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;

/**
 * The benchmark's data: N sessions over 30 days, 50 agents, 10 messages each, an inspection per
 * session with violations in about a third, the daily tables summed from those sessions, hot-topic
 * windows for every 10 minutes and a few reviews. Deterministic for a seed. Rows go in as
 * JSONEachRow, as the pipeline writes them.
 */
final class BenchTables {

  static final int DAYS = 30;
  static final int AGENTS = 50;
  private static final String[] INTENTS = {
    "logistics_query", "refund_request", "return_exchange", "product_question", "complaint",
    "payment_issue", "order_modify", "coupon_promo", "invoice_request", "account_issue"
  };
  private static final String[] CHANNELS = {"app", "web", "mini_program"};
  private static final String[] CUSTOMER = {
    "我的快递三天了还没到", "怎么申请退款啊", "衣服尺码不对想换一下", "这个有没有现货", "你们服务太差了",
    "付款失败了怎么办", "地址填错了能改吗", "优惠券用不了", "能开发票吗", "账号登不上"
  };
  private static final String[] AGENT = {
    "您好，这边帮您查询一下", "已为您提交申请，请耐心等待", "非常抱歉给您带来不便", "还有其他可以帮您的吗"
  };
  private static final QaRuleId[] RULES = QaRuleId.values();
  private static final int BATCH = 50_000;

  record Counts(long sessions, long messages, long violations) {}

  private final ClickHouseGateway gateway;
  private final int sessions;
  private final long seed;
  private final JsonFactory json = new JsonFactory();

  BenchTables(ClickHouseGateway gateway, int sessions, long seed) {
    this.gateway = gateway;
    this.sessions = sessions;
    this.seed = seed;
  }

  static LocalDate lastDay() {
    return LocalDate.of(2026, 11, 30);
  }

  static String agent(int i) {
    return String.format("a-%04d", i);
  }

  static String sessionId(int i) {
    return String.format("bench-%07d", i);
  }

  Counts load(LongConsumer progress) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, long[]> fcr = new HashMap<>();
    Map<String, long[]> csat = new HashMap<>();
    Map<String, long[]> timing = new HashMap<>();
    long[] ended = new long[DAYS];
    Batch sessionRows = new Batch(KefuSchema.SESSIONS);
    Batch messageRows = new Batch(KefuSchema.MESSAGES);
    Batch inspectionRows = new Batch(KefuSchema.QA_INSPECTIONS);
    Batch violationRows = new Batch(KefuSchema.QA_VIOLATIONS);
    Batch reviewRows = new Batch(KefuSchema.QA_REVIEWS);
    long messages = 0;
    long violations = 0;
    for (int i = 0; i < sessions; i++) {
      int dayIndex = i % DAYS;
      LocalDate day = lastDay().minusDays(dayIndex);
      long start =
          day.atStartOfDay(ZoneId.of("Asia/Shanghai")).toEpochSecond()
              + 8 * 3600
              + random.nextInt(14 * 3600);
      String id = sessionId(i);
      String agentId = agent(random.nextInt(AGENTS));
      int intent = random.nextInt(INTENTS.length);
      String channel = CHANNELS[random.nextInt(CHANNELS.length)];
      int firstResponse = 5 + random.nextInt(120);
      int rating = random.nextInt(10) < 4 ? 0 : 1 + random.nextInt(5);
      boolean resolved = random.nextInt(10) < 7;
      sessionRows.row(
          "day",
          day.toString(),
          "session_id",
          id,
          "customer_id",
          "c" + random.nextInt(sessions),
          "agent_id",
          agentId,
          "channel",
          channel,
          "start_ts",
          start,
          "end_ts",
          start + 600,
          "duration_s",
          600,
          "turns",
          10,
          "first_response_s",
          firstResponse,
          "transfers",
          0,
          "end_reason",
          "resolved",
          "rating",
          rating,
          "intent",
          INTENTS[intent],
          "faq_cluster",
          String.valueOf(intent * 3 + random.nextInt(3)),
          "version",
          1);
      for (int m = 0; m < 10; m++) {
        boolean customer = m % 2 == 0;
        long ts = start + m * 30L;
        messageRows.row(
            "day",
            day.toString(),
            "ts",
            ts,
            "ts_millis",
            ts * 1000,
            "event_id",
            id + "-" + m,
            "type",
            "message",
            "session_id",
            id,
            "customer_id",
            "c",
            "agent_id",
            agentId,
            "channel",
            channel,
            "role",
            customer ? "customer" : "agent",
            "text",
            customer ? CUSTOMER[intent] : AGENT[m / 2 % AGENT.length],
            "end_reason",
            "",
            "rating",
            0,
            "intent",
            customer ? INTENTS[intent] : "",
            "sentiment",
            "",
            "intent_model",
            "intent:1",
            "sentiment_model",
            "sentiment:1",
            "version",
            1);
        messages++;
      }
      int found = random.nextInt(3) == 0 ? 1 + random.nextInt(2) : 0;
      boolean critical = found > 0 && random.nextInt(50) == 0;
      int score = critical ? 0 : Math.max(0, 100 - found * (10 + random.nextInt(25)));
      for (int v = 0; v < found; v++) {
        QaRuleId rule = RULES[random.nextInt(RULES.length)];
        int index = 1 + 2 * v;
        violationRows.row(
            "day",
            day.toString(),
            "session_id",
            id,
            "rule_id",
            rule.id(),
            "severity",
            critical && v == 0 ? "critical" : "major",
            "weight",
            15,
            "message_index",
            index,
            "evidence",
            AGENT[0],
            "explanation",
            "基准测试违规",
            "inspected_at",
            start + 700,
            "version",
            1);
        violations++;
        if (random.nextInt(50) == 0) {
          reviewRows.row(
              "day",
              day.toString(),
              "violation_key",
              id + ":" + rule.id() + ":" + index,
              "kind",
              "verdict",
              "reviewer",
              "qa_manager",
              "session_id",
              id,
              "rule_id",
              rule.id(),
              "message_index",
              index,
              "verdict",
              random.nextInt(5) == 0 ? "wrong" : "correct",
              "comment",
              "",
              "reviewed_at",
              start + 86_400,
              "agent_id",
              "",
              "ruling",
              "",
              "ruled_by",
              "",
              "ruling_comment",
              "",
              "ruled_at",
              0,
              "version",
              1);
        }
      }
      inspectionRows.row(
          "day",
          day.toString(),
          "session_id",
          id,
          "agent_id",
          agentId,
          "channel",
          channel,
          "score",
          score,
          "violations",
          found,
          "critical",
          critical ? 1 : 0,
          "review_queued",
          critical ? 1 : 0,
          "rule_set_version",
          "bench",
          "sentiment_source",
          "model",
          "inspected_at",
          start + 700,
          "version",
          1);
      String key = day + "|" + INTENTS[intent] + "|" + channel + "|" + agentId;
      long[] f = fcr.computeIfAbsent(key, k -> new long[2]);
      f[0]++;
      f[1] += resolved ? 1 : 0;
      long[] c = csat.computeIfAbsent(key, k -> new long[4]);
      c[0] += rating > 0 ? 1 : 0;
      c[1] += rating >= 4 ? 1 : 0;
      c[2] += rating;
      c[3]++;
      long[] t = timing.computeIfAbsent(day + "|" + agentId, k -> new long[5]);
      t[0]++;
      t[1]++;
      t[2] += firstResponse;
      t[3] += firstResponse <= 60 ? 1 : 0;
      t[4] += 5;
      ended[dayIndex]++;
      if ((i + 1) % 20_000 == 0) {
        progress.accept(i + 1);
      }
    }
    for (Batch b : List.of(sessionRows, messageRows, inspectionRows, violationRows, reviewRows)) {
      b.flush();
    }
    Batch daily = new Batch(KefuSchema.FCR_DAILY);
    fcr.forEach(
        (key, f) -> {
          String[] k = key.split("\\|");
          daily.row(
              "day",
              k[0],
              "intent",
              k[1],
              "channel",
              k[2],
              "agent_id",
              k[3],
              "issues",
              f[0],
              "resolved_first_contact",
              f[1],
              "final",
              k[0].equals(lastDay().toString()) ? 0 : 1,
              "version",
              1);
        });
    daily.flush();
    Batch csatRows = new Batch(KefuSchema.CSAT_DAILY);
    csat.forEach(
        (key, c) -> {
          String[] k = key.split("\\|");
          csatRows.row(
              "day",
              k[0],
              "intent",
              k[1],
              "channel",
              k[2],
              "agent_id",
              k[3],
              "rated",
              c[0],
              "satisfied",
              c[1],
              "rating_sum",
              c[2],
              "ended",
              c[3],
              "version",
              1);
        });
    csatRows.flush();
    Batch timingRows = new Batch(KefuSchema.AGENT_TIMING_DAILY);
    timing.forEach(
        (key, t) -> {
          String[] k = key.split("\\|");
          timingRows.row(
              "day",
              k[0],
              "agent_id",
              k[1],
              "sessions",
              t[0],
              "answered",
              t[1],
              "first_response_seconds_sum",
              t[2],
              "first_response_within_sla",
              t[3],
              "replies",
              t[4],
              "reply_delay_seconds_sum",
              t[4] * 20,
              "replies_within_sla",
              t[4],
              "max_reply_delay_seconds",
              60,
              "version",
              1);
        });
    timingRows.flush();
    Batch coverage = new Batch(KefuSchema.QA_COVERAGE_DAILY);
    Batch topics = new Batch(KefuSchema.HOT_TOPICS);
    Batch phrases = new Batch(KefuSchema.HOT_PHRASES);
    for (int d = 0; d < DAYS; d++) {
      LocalDate day = lastDay().minusDays(d);
      coverage.row("day", day.toString(), "ended", ended[d], "inspected", ended[d], "version", 1);
      long dayStart = day.atStartOfDay(ZoneId.of("Asia/Shanghai")).toEpochSecond();
      for (int w = 0; w < 144; w++) {
        long window = dayStart + w * 600L;
        for (int t = 0; t < INTENTS.length; t++) {
          boolean spike = random.nextInt(2_000) == 0;
          topics.row(
              "day",
              day.toString(),
              "window_start",
              window,
              "topic_kind",
              "intent",
              "topic",
              INTENTS[t],
              "sessions",
              spike ? 30 : random.nextInt(8),
              "baseline",
              3.5,
              "spike_score",
              spike ? 7.0 : random.nextDouble() * 2,
              "spike",
              spike ? 1 : 0,
              "rank",
              t + 1,
              "version",
              1);
        }
        if (w % 6 == 0) {
          phrases.row(
              "day",
              day.toString(),
              "window_start",
              window,
              "phrase",
              CUSTOMER[w / 6 % CUSTOMER.length].substring(0, 4),
              "sessions",
              5,
              "baseline",
              2.0,
              "spike_score",
              1.5,
              "spike",
              0,
              "rank",
              1,
              "examples",
              List.of(CUSTOMER[w / 6 % CUSTOMER.length]),
              "version",
              1);
        }
      }
    }
    coverage.flush();
    topics.flush();
    phrases.flush();
    Batch dead = new Batch(KefuSchema.DEAD_LETTERS);
    for (int i = 0; i < 1_000; i++) {
      dead.row(
          "day",
          lastDay().minusDays(i % DAYS).toString(),
          "received_at",
          1_764_000_000L + i,
          "source",
          "chat-events",
          "location",
          "0:" + i,
          "event_id",
          "",
          "reason",
          i % 3 == 0 ? "malformed_json" : "missing_field",
          "detail",
          "bench",
          "raw",
          "{",
          "version",
          1);
    }
    dead.flush();
    return new Counts(sessions, messages, violations);
  }

  /** Rows of one table, inserted every {@link #BATCH} rows. */
  private final class Batch {
    private final String table;
    private final List<String> rows = new ArrayList<>(BATCH);

    Batch(String table) {
      this.table = table;
    }

    void row(Object... keyValues) {
      StringWriter out = new StringWriter(256);
      try (JsonGenerator g = json.createGenerator(out)) {
        g.writeStartObject();
        for (int i = 0; i < keyValues.length; i += 2) {
          g.writeFieldName((String) keyValues[i]);
          Object value = keyValues[i + 1];
          if (value instanceof List<?> list) {
            g.writeStartArray();
            for (Object item : list) {
              g.writeString(String.valueOf(item));
            }
            g.writeEndArray();
          } else if (value instanceof Number n) {
            if (n instanceof Double d) {
              g.writeNumber(d);
            } else {
              g.writeNumber(n.longValue());
            }
          } else {
            g.writeString(String.valueOf(value));
          }
        }
        g.writeEndObject();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      rows.add(out.toString());
      if (rows.size() == BATCH) {
        flush();
      }
    }

    void flush() {
      if (!rows.isEmpty()) {
        gateway.insertJsonEachRow(table, rows);
        rows.clear();
      }
    }
  }
}
