package io.kefu.ingest;

import io.kefu.core.event.Channel;
import io.kefu.core.event.ChatEvent;
import io.kefu.core.event.EndReason;
import io.kefu.core.event.InvalidReason;
import io.kefu.core.event.ParsedEvent;
import io.kefu.core.event.Rejection;
import io.kefu.core.event.Role;
import io.kefu.core.pii.MaskResult;
import io.kefu.core.pii.PiiType;
import io.kefu.ingest.read.RecordRows;
import io.kefu.ingest.schema.IngestSchemas;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.StructType;

/** Hand-made chat events and reader rows for the ingest job's tests; no Spark session needed. */
public final class RecordFixtures {

  /** 09:00 in Shanghai on 2 March 2026: the business day of every event made here. */
  public static final OffsetDateTime T0 = OffsetDateTime.parse("2026-03-02T09:00:00+08:00");

  public static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  private RecordFixtures() {}

  public static ChatEvent start(String id, String session, int second) {
    return ChatEvent.sessionStart(header(id, session, null, second));
  }

  public static ChatEvent customer(String id, String session, int second, String text) {
    return ChatEvent.message(header(id, session, null, second), Role.CUSTOMER, text);
  }

  public static ChatEvent agent(String id, String session, int second, String text) {
    return ChatEvent.message(header(id, session, "a-7", second), Role.AGENT, text);
  }

  public static ChatEvent end(String id, String session, int second) {
    return ChatEvent.sessionEnd(header(id, session, "a-7", second), EndReason.RESOLVED);
  }

  private static ChatEvent.Header header(String id, String session, String agent, int second) {
    return new ChatEvent.Header(
        id, session, "c-" + session, agent, Channel.APP, T0.plusSeconds(second));
  }

  /** The reader's row of a valid event whose text needed no masking. */
  public static Row valid(String source, long line, ChatEvent e) {
    return valid(source, line, e, e.text() == null ? null : MaskResult.unchanged(e.text()));
  }

  /** The reader's row of a valid event, with the schema Spark gives it after the shuffle. */
  public static Row valid(String source, long line, ChatEvent e, MaskResult text) {
    return withSchema(RecordRows.valid(source, line, e, text), IngestSchemas.RECORD);
  }

  /** The reader's row of a rejected record whose masked original held one phone number. */
  public static Row rejected(String source, long line, InvalidReason reason, String detail) {
    ParsedEvent.Invalid invalid =
        new ParsedEvent.Invalid(null, List.of(new Rejection(reason, "ts", detail)));
    MaskResult raw = new MaskResult("{\"text\":\"[PHONE]\"", Map.of(PiiType.PHONE, 1));
    return withSchema(RecordRows.invalid(source, line, invalid, raw, DAY), IngestSchemas.RECORD);
  }

  /** The same values, readable by field name as Spark's deserialised rows are. */
  public static Row withSchema(Row row, StructType schema) {
    Object[] values = new Object[row.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = row.get(i);
    }
    return new GenericRowWithSchema(values, schema);
  }

  /** A field of a flat output row, by name. */
  @SuppressWarnings("unchecked")
  public static <T> T field(Row output, String name) {
    return (T) output.get(IngestSchemas.OUTPUT.fieldIndex(name));
  }

  /** The output rows of one kind. */
  public static List<Row> ofKind(List<Row> outputs, String kind) {
    return outputs.stream().filter(r -> kind.equals(field(r, "kind"))).toList();
  }
}
