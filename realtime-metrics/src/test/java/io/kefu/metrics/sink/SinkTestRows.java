package io.kefu.metrics.sink;

import io.kefu.clickhouse.ClickHouseGateway;
import io.kefu.clickhouse.ClickHouseRows;
import io.kefu.clickhouse.KefuSchema;
import io.kefu.core.event.Channel;
import io.kefu.core.event.ChatEvent;
import io.kefu.core.event.Role;
import java.time.OffsetDateTime;

/** Numbered rows for the sink's tests and how to count them in ClickHouse. */
final class SinkTestRows {

  private static final OffsetDateTime START = OffsetDateTime.parse("2026-11-02T09:00:00+08:00");

  private SinkTestRows() {}

  /** Row n of {@code messages}: event e-n of one of 20 sessions. */
  static TableRow message(long n) {
    return new TableRow(
        KefuSchema.MESSAGES,
        ClickHouseRows.message(event(n), ClickHouseRows.Enrichment.maskedOnly("快递到哪了 " + n), 1));
  }

  /** Row n of {@code late_events}. */
  static TableRow lateEvent(long n) {
    return new TableRow(
        KefuSchema.LATE_EVENTS,
        ClickHouseRows.lateEvent(
            event(n), START.toInstant().plusSeconds(3600), ClickHouseRows.LateHandling.COUNTED, 1));
  }

  /** Even numbers to messages, odd ones to late_events. */
  static TableRow ofEitherTable(long n) {
    return n % 2 == 0 ? message(n) : lateEvent(n);
  }

  /** Rows under FINAL, which gives each key once. */
  static long countFinal(ClickHouseGateway clickHouse, String table) {
    return clickHouse.queryLong("SELECT count() FROM " + clickHouse.qualify(table) + " FINAL");
  }

  static long distinctEvents(ClickHouseGateway clickHouse, String table) {
    return clickHouse.queryLong("SELECT uniqExact(event_id) FROM " + clickHouse.qualify(table));
  }

  private static ChatEvent event(long n) {
    ChatEvent.Header h =
        new ChatEvent.Header(
            "e-" + n, "s-" + (n % 20), "c-" + (n % 20), null, Channel.APP, START.plusSeconds(n));
    return ChatEvent.message(h, Role.CUSTOMER, "快递到哪了");
  }
}
