package io.kefu.clickhouse;

import io.kefu.core.event.Channel;
import io.kefu.core.event.ChatEvent;
import io.kefu.core.event.EndReason;
import io.kefu.core.event.Role;
import io.kefu.core.metrics.csat.CsatDailyRow;
import io.kefu.core.metrics.fcr.FcrDailyRow;
import io.kefu.core.metrics.hot.HotPhraseRow;
import io.kefu.core.metrics.hot.HotTopicRow;
import io.kefu.core.metrics.timing.AgentTimingDailyRow;
import io.kefu.core.session.SessionSummary;
import io.kefu.core.taxonomy.Intent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * One row of every table {@link ClickHouseRows} writes, built from core's types. The times sit just
 * after midnight in Shanghai (16:30Z), so a UTC day would be one day early.
 */
final class SampleRows {

  static final OffsetDateTime START = OffsetDateTime.parse("2026-11-01T16:30:00Z");
  static final LocalDate SHANGHAI_DAY = LocalDate.parse("2026-11-02");

  private SampleRows() {}

  static ChatEvent csat() {
    return ChatEvent.csat(header("e-9", START.plusMinutes(15)), 5);
  }

  static ChatEvent message() {
    return ChatEvent.message(header("e-1", START), Role.CUSTOMER, "我的手机号 13812345678");
  }

  static SessionSummary session() {
    return new SessionSummary(
        "s-1",
        "c-1",
        "a-7",
        Channel.WECHAT,
        START,
        START.plusMinutes(10),
        600,
        6,
        3,
        2,
        1,
        45,
        List.of(45L, 30L),
        1,
        EndReason.RESOLVED,
        4);
  }

  static FcrDailyRow fcr() {
    return new FcrDailyRow(SHANGHAI_DAY, Intent.RETURN_REFUND, Channel.APP, "", 7, 5, false);
  }

  static CsatDailyRow csatDaily() {
    return new CsatDailyRow(SHANGHAI_DAY, Intent.COUPON, Channel.WEB, "a-7", 4, 3, 17, 9);
  }

  static HotTopicRow hotTopic() {
    return new HotTopicRow(
        START.toInstant(), HotTopicRow.INTENT, "urge_shipment", 12, 3.0, 2.5, true, 1);
  }

  static HotPhraseRow hotPhrase() {
    return new HotPhraseRow(
        START.toInstant(), "没发货", 9, 1.5, 4.25, true, 2, List.of("怎么还没发货", "说 \"今天\" 发\\还没发货"));
  }

  static AgentTimingDailyRow agentTiming() {
    return new AgentTimingDailyRow(SHANGHAI_DAY, "a-7", 10, 9, 360, 8, 40, 1200, 35, 95);
  }

  /** Every table's sample row, as JSONEachRow, keyed by table. */
  static Map<String, String> everyTable(long version) {
    return Map.of(
        KefuSchema.MESSAGES,
        ClickHouseRows.message(
            message(), ClickHouseRows.Enrichment.maskedOnly("我的手机号 [PHONE]"), version),
        KefuSchema.SESSIONS,
        ClickHouseRows.session(session(), "return_refund", "faq-12", version),
        KefuSchema.FCR_DAILY,
        ClickHouseRows.fcrDaily(fcr(), version),
        KefuSchema.CSAT_DAILY,
        ClickHouseRows.csatDaily(csatDaily(), version),
        KefuSchema.HOT_TOPICS,
        ClickHouseRows.hotTopic(hotTopic(), version),
        KefuSchema.HOT_PHRASES,
        ClickHouseRows.hotPhrase(hotPhrase(), version),
        KefuSchema.AGENT_TIMING_DAILY,
        ClickHouseRows.agentTimingDaily(agentTiming(), version),
        KefuSchema.QA_COVERAGE_DAILY,
        ClickHouseRows.qaCoverageDaily(SHANGHAI_DAY, 120, 118, version),
        KefuSchema.DEAD_LETTERS,
        ClickHouseRows.deadLetter(
            SHANGHAI_DAY,
            "chat-events",
            "1:42",
            "e-x",
            "bad_json",
            "unexpected end",
            "{\"phone\":\"[PHONE]\"",
            START.toInstant(),
            version),
        KefuSchema.LATE_EVENTS,
        ClickHouseRows.lateEvent(
            csat(),
            Instant.parse("2026-11-01T16:50:00Z"),
            ClickHouseRows.LateHandling.APPLIED,
            version));
  }

  private static ChatEvent.Header header(String eventId, OffsetDateTime ts) {
    return new ChatEvent.Header(eventId, "s-1", "c-1", "a-7", Channel.WECHAT, ts);
  }
}
