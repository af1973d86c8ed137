package io.kefu.qa.batch;

import io.kefu.core.event.ChatEvent;
import io.kefu.spark.schema.EventColumns;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Rows of {@link QaSchemas#EVENT} to and from {@link ChatEvent}, in the batch jobs' one event form
 * ({@link EventColumns}). Valid events keep their raw text: the engine prepares it itself.
 */
public final class EventRows {

  private static final int EVENT_AT = EventColumns.offsetIn(QaSchemas.EVENT);

  private EventRows() {}

  public static Row valid(ChatEvent e) {
    return RowFactory.create(
        EventColumns.around(new Object[] {true, null}, EventColumns.of(e, e.text())));
  }

  public static Row invalid(String reason) {
    return RowFactory.create(
        EventColumns.around(new Object[] {false, reason}, EventColumns.none(null)));
  }

  /** The event of a valid row (fields validated when the row was made, or by the ingest job). */
  public static ChatEvent event(Row row) {
    return EventColumns.event(row, EVENT_AT);
  }
}
