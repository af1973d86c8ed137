package io.kefu.qa.batch;

import io.kefu.core.event.Channel;
import io.kefu.core.event.ChatEvent;
import io.kefu.core.event.EndReason;
import io.kefu.core.event.EventType;
import io.kefu.core.event.Role;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Rows of {@link QaSchemas#EVENT} to and from {@link ChatEvent}. Event time travels as a UTC
 * instant: the engine needs the instant, and days are computed in Asia/Shanghai from it.
 */
public final class EventRows {

  private EventRows() {}

  public static Row valid(ChatEvent e) {
    return RowFactory.create(
        true,
        null,
        e.eventId(),
        e.type().wireName(),
        e.sessionId(),
        e.customerId(),
        e.agentId(),
        e.channel().wireName(),
        e.ts().toInstant(),
        e.role() == null ? null : e.role().wireName(),
        e.text(),
        e.endReason() == null ? null : e.endReason().wireName(),
        e.rating());
  }

  public static Row invalid(String reason) {
    return RowFactory.create(
        false, reason, null, null, null, null, null, null, null, null, null, null, null);
  }

  /**
   * The event of a valid row, read by position in {@link QaSchemas#EVENT} order (fields validated
   * when the row was made, or by the ingest job).
   */
  public static ChatEvent event(Row row) {
    String role = row.getString(9);
    String endReason = row.getString(11);
    Instant ts = row.getAs(8);
    return new ChatEvent(
        row.getString(2),
        EventType.fromWire(row.getString(3)),
        row.getString(4),
        row.getString(5),
        row.getString(6),
        Channel.fromWire(row.getString(7)),
        OffsetDateTime.ofInstant(ts, ZoneOffset.UTC),
        role == null ? null : Role.fromWire(role),
        row.getString(10),
        endReason == null ? null : EndReason.fromWire(endReason),
        row.isNullAt(12) ? null : row.getInt(12));
  }
}
