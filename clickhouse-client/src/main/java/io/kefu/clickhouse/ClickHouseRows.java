package io.kefu.clickhouse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.kefu.core.event.ChatEvent;
import io.kefu.core.event.EventTimestamps;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * JSONEachRow rows for the tables of {@link KefuSchema}, shared by every writer (the demo loader,
 * the streaming job, batch backfills) so a column means the same everywhere. DateTime columns get
 * UTC epoch seconds, which 18.16 and current servers read the same way; {@code day} is the
 * Asia/Shanghai calendar day; absent strings are {@code ''} and absent numbers 0.
 */
public final class ClickHouseRows {

  private static final JsonFactory FACTORY = new JsonFactory();

  private ClickHouseRows() {}

  /** What the live path adds to an event before it is stored; empty strings when not known. */
  public record Enrichment(String maskedText, String intent, String sentiment) {
    public static Enrichment maskedOnly(String maskedText) {
      return new Enrichment(maskedText, "", "");
    }
  }

  /**
   * A {@code kefu.messages} row. The text stored is the masked text of the enrichment, never the
   * event's own text: no table holds personal data.
   */
  public static String message(ChatEvent e, Enrichment enrichment, long version) {
    return write(
        g -> {
          g.writeStringField("day", EventTimestamps.businessDay(e.ts()).toString());
          g.writeNumberField("ts", e.ts().toEpochSecond());
          g.writeNumberField("ts_millis", e.ts().toInstant().toEpochMilli());
          g.writeStringField("event_id", e.eventId());
          g.writeStringField("type", e.type().wireName());
          g.writeStringField("session_id", e.sessionId());
          g.writeStringField("customer_id", e.customerId());
          g.writeStringField("agent_id", orEmpty(e.agentId()));
          g.writeStringField("channel", e.channel().wireName());
          g.writeStringField("role", e.role() == null ? "" : e.role().wireName());
          g.writeStringField("text", e.text() == null ? "" : orEmpty(enrichment.maskedText()));
          g.writeStringField("end_reason", e.endReason() == null ? "" : e.endReason().wireName());
          g.writeNumberField("rating", e.rating() == null ? 0 : e.rating());
          g.writeStringField("intent", orEmpty(enrichment.intent()));
          g.writeStringField("sentiment", orEmpty(enrichment.sentiment()));
          g.writeNumberField("version", version);
        });
  }

  /**
   * A {@code kefu.dead_letters} row.
   *
   * @param day the day the record belongs to (its file's or Kafka timestamp's day), which keeps a
   *     replayed record in the same partition so FINAL collapses it
   * @param source where the record came from (a file name, or a Kafka topic)
   * @param location where in the source (line number, or partition:offset): with source, the key
   * @param maskedRaw the original record with its personal data masked
   */
  public static String deadLetter(
      java.time.LocalDate day,
      String source,
      String location,
      String eventId,
      String reason,
      String detail,
      String maskedRaw,
      Instant receivedAt,
      long version) {
    return write(
        g -> {
          g.writeStringField("day", day.toString());
          g.writeNumberField("received_at", receivedAt.getEpochSecond());
          g.writeStringField("source", source);
          g.writeStringField("location", location);
          g.writeStringField("event_id", orEmpty(eventId));
          g.writeStringField("reason", reason);
          g.writeStringField("detail", detail);
          g.writeStringField("raw", maskedRaw);
          g.writeNumberField("version", version);
        });
  }

  private interface Fields {
    void write(JsonGenerator g) throws IOException;
  }

  private static String write(Fields fields) {
    StringWriter out = new StringWriter(256);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.writeStartObject();
      fields.write(g);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
