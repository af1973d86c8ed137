package io.kefu.spark.schema;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;

import io.kefu.core.event.Channel;
import io.kefu.core.event.ChatEvent;
import io.kefu.core.event.EndReason;
import io.kefu.core.event.EventType;
import io.kefu.core.event.Role;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;

/**
 * The one Spark form of a {@link ChatEvent}: eleven consecutive columns (CONTRACT §1 field names)
 * that the batch jobs' row schemas embed, the values of an event in that order, and the event back
 * from a row. {@code ts} is a UTC instant (the sessions of {@code io.kefu.spark.SparkSessions} read
 * timestamps as {@code java.time.Instant}); enums travel as their wire names.
 */
public final class EventColumns {

  /** The column names, in schema order. */
  public static final List<String> NAMES = List.of(appendTo(new StructType(), false).fieldNames());

  public static final int COUNT = NAMES.size();

  // Positions within the event columns.
  private static final int TS = 6;
  private static final int ROLE = 7;
  private static final int END_REASON = 9;
  private static final int RATING = 10;

  private EventColumns() {}

  /**
   * {@code schema} followed by the event columns.
   *
   * @param validated true where every row holds a valid event: the fields every event has (ids,
   *     type, channel, ts) are then non-nullable; false: all nullable (rejected records too)
   */
  public static StructType appendTo(StructType schema, boolean validated) {
    return schema
        .add("event_id", StringType, !validated)
        .add("type", StringType, !validated)
        .add("session_id", StringType, !validated)
        .add("customer_id", StringType, !validated)
        .add("agent_id", StringType)
        .add("channel", StringType, !validated)
        .add("ts", TimestampType, !validated)
        .add("role", StringType)
        .add("text", StringType)
        .add("end_reason", StringType)
        .add("rating", IntegerType);
  }

  /** {@code leading}, then the event columns, to select them from a dataset that has them. */
  public static Column[] columns(Column... leading) {
    return Stream.concat(Arrays.stream(leading), NAMES.stream().map(functions::col))
        .toArray(Column[]::new);
  }

  /**
   * The values of {@code e} in column order.
   *
   * @param text the text to store (raw, or normalised and masked), or null for non-messages
   */
  public static Object[] of(ChatEvent e, String text) {
    return new Object[] {
      e.eventId(),
      e.type().wireName(),
      e.sessionId(),
      e.customerId(),
      e.agentId(),
      e.channel().wireName(),
      e.ts().toInstant(),
      e.role() == null ? null : e.role().wireName(),
      text,
      e.endReason() == null ? null : e.endReason().wireName(),
      e.rating()
    };
  }

  /** Values for a row that holds no event, all null but its event id (null if unknown). */
  public static Object[] none(String eventId) {
    Object[] values = new Object[COUNT];
    values[0] = eventId;
    return values;
  }

  /** The given leading values, then the event columns, then the trailing values. */
  public static Object[] around(Object[] leading, Object[] event, Object... trailing) {
    Object[] all = new Object[leading.length + event.length + trailing.length];
    System.arraycopy(leading, 0, all, 0, leading.length);
    System.arraycopy(event, 0, all, leading.length, event.length);
    System.arraycopy(trailing, 0, all, leading.length + event.length, trailing.length);
    return all;
  }

  /**
   * Where the event columns start in {@code schema}.
   *
   * @throws IllegalArgumentException if {@code schema} lacks them or they are not consecutive
   */
  public static int offsetIn(StructType schema) {
    List<String> names = Arrays.asList(schema.fieldNames());
    int first = names.indexOf(NAMES.get(0));
    if (first < 0
        || first + COUNT > names.size()
        || !names.subList(first, first + COUNT).equals(NAMES)) {
      throw new IllegalArgumentException("schema lacks the event columns in order: " + schema);
    }
    return first;
  }

  /**
   * The event of a row holding a valid event, read by position so rows without a schema (those a
   * function emits before Spark encodes them) read the same as encoded ones.
   *
   * @param first where the event columns start in the row ({@link #offsetIn})
   */
  public static ChatEvent event(Row row, int first) {
    String role = row.getString(first + ROLE);
    String endReason = row.getString(first + END_REASON);
    Instant ts = row.getAs(first + TS);
    return new ChatEvent(
        row.getString(first),
        EventType.fromWire(row.getString(first + 1)),
        row.getString(first + 2),
        row.getString(first + 3),
        row.getString(first + 4),
        Channel.fromWire(row.getString(first + 5)),
        ts.atOffset(ZoneOffset.UTC),
        role == null ? null : Role.fromWire(role),
        row.getString(first + 8),
        endReason == null ? null : EndReason.fromWire(endReason),
        row.isNullAt(first + RATING) ? null : row.getInt(first + RATING));
  }
}
