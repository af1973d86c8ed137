package io.kefu.metrics.job;

import io.kefu.clickhouse.ClickHouseRows;
import io.kefu.clickhouse.KefuSchema;
import io.kefu.core.event.ChatEvent;
import io.kefu.core.metrics.SessionFacts;
import io.kefu.core.metrics.csat.CsatDailyRow;
import io.kefu.core.metrics.fcr.FcrDailyRow;
import io.kefu.core.metrics.hot.HotPhraseRow;
import io.kefu.core.metrics.hot.HotTopicRow;
import io.kefu.core.metrics.timing.AgentTimingDailyRow;
import io.kefu.core.session.SessionSummary;
import io.kefu.metrics.sink.TableRow;
import io.kefu.qa.engine.Inspection;
import io.kefu.qa.engine.InspectionRows;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The job's table rows, written by the project's shared row writers (one meaning per column). */
final class Rows {

  private Rows() {}

  /** A message row; {@code labels} null for an event the models do not read. */
  static TableRow message(ChatEvent e, String maskedText, MessageLabels labels, long version) {
    ClickHouseRows.Enrichment enrichment =
        labels == null
            ? ClickHouseRows.Enrichment.maskedOnly(maskedText)
            : new ClickHouseRows.Enrichment(
                maskedText,
                labels.intent(),
                labels.sentiment(),
                labels.intentModel(),
                labels.sentimentModel());
    return new TableRow(KefuSchema.MESSAGES, ClickHouseRows.message(e, enrichment, version));
  }

  /** The session's row with the rating that counts (a late first rating included). */
  static TableRow session(ClosedSession closed, long version) {
    SessionSummary s = closed.summary();
    SessionFacts f = closed.facts();
    SessionSummary rated =
        new SessionSummary(
            s.sessionId(),
            s.customerId(),
            s.agentId(),
            s.channel(),
            s.start(),
            s.end(),
            s.durationSeconds(),
            s.turns(),
            s.customerMessages(),
            s.agentMessages(),
            s.botMessages(),
            s.firstResponseSeconds(),
            s.replyDelaysSeconds(),
            s.transfers(),
            f.endReason(),
            f.rating());
    return new TableRow(
        KefuSchema.SESSIONS,
        ClickHouseRows.session(rated, f.primaryIntent().id(), closed.faqCluster(), version));
  }

  static TableRow fcrDaily(FcrDailyRow row, long version) {
    return new TableRow(KefuSchema.FCR_DAILY, ClickHouseRows.fcrDaily(row, version));
  }

  static TableRow csatDaily(CsatDailyRow row, long version) {
    return new TableRow(KefuSchema.CSAT_DAILY, ClickHouseRows.csatDaily(row, version));
  }

  static TableRow agentTiming(AgentTimingDailyRow row, long version) {
    return new TableRow(
        KefuSchema.AGENT_TIMING_DAILY, ClickHouseRows.agentTimingDaily(row, version));
  }

  static TableRow coverage(CoverageDelta total, long version) {
    return new TableRow(
        KefuSchema.QA_COVERAGE_DAILY,
        ClickHouseRows.qaCoverageDaily(
            LocalDate.parse(total.day()), total.ended(), total.inspected(), version));
  }

  static TableRow hotTopic(HotTopicRow row, long version) {
    return new TableRow(KefuSchema.HOT_TOPICS, ClickHouseRows.hotTopic(row, version));
  }

  static TableRow hotPhrase(HotPhraseRow row, long version) {
    return new TableRow(KefuSchema.HOT_PHRASES, ClickHouseRows.hotPhrase(row, version));
  }

  static List<TableRow> inspection(Inspection inspection, Instant inspectedAt, long version) {
    List<TableRow> rows = new ArrayList<>();
    rows.add(
        new TableRow(
            KefuSchema.QA_INSPECTIONS,
            InspectionRows.inspection(inspection, inspectedAt, version)));
    for (String v : InspectionRows.violations(inspection, inspectedAt, version)) {
      rows.add(new TableRow(KefuSchema.QA_VIOLATIONS, v));
    }
    return rows;
  }

  static TableRow lateEvent(ChatEvent e, Instant watermark, String handling, long version) {
    Instant shown = watermark.isBefore(Instant.EPOCH) ? Instant.EPOCH : watermark;
    return new TableRow(
        KefuSchema.LATE_EVENTS,
        ClickHouseRows.lateEvent(
            e,
            shown,
            "applied".equals(handling)
                ? ClickHouseRows.LateHandling.APPLIED
                : ClickHouseRows.LateHandling.COUNTED,
            version));
  }

  static TableRow deadLetter(DeadLetter d, long version) {
    return new TableRow(
        KefuSchema.DEAD_LETTERS,
        ClickHouseRows.deadLetter(
            LocalDate.parse(d.day()),
            d.source(),
            d.location(),
            d.eventId(),
            d.reason(),
            d.detail(),
            d.maskedRaw(),
            Instant.ofEpochMilli(d.receivedAtMillis()),
            version));
  }
}
