package io.kefu.core.event;

import static io.kefu.core.event.ChatEventFields.AGENT_ID;
import static io.kefu.core.event.ChatEventFields.CHANNEL;
import static io.kefu.core.event.ChatEventFields.CUSTOMER_ID;
import static io.kefu.core.event.ChatEventFields.END_REASON;
import static io.kefu.core.event.ChatEventFields.EVENT_ID;
import static io.kefu.core.event.ChatEventFields.RATING;
import static io.kefu.core.event.ChatEventFields.ROLE;
import static io.kefu.core.event.ChatEventFields.SESSION_ID;
import static io.kefu.core.event.ChatEventFields.TEXT;
import static io.kefu.core.event.ChatEventFields.TS;
import static io.kefu.core.event.ChatEventFields.TYPE;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Writes a {@link ChatEvent} as one JSON line of CONTRACT §2: fields in a fixed order, {@code
 * agent_id} always present (null while the bot serves), the per-type fields only on their type.
 * {@link ChatEventParser} reads the output back to an equal event.
 */
public final class ChatEventJson {

  private static final JsonFactory FACTORY = new JsonFactory();

  private ChatEventJson() {}

  /** The event as a single JSON line without a trailing newline. */
  public static String write(ChatEvent e) {
    StringWriter out = new StringWriter(256);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField(EVENT_ID, e.eventId());
      g.writeStringField(TYPE, e.type().wireName());
      g.writeStringField(SESSION_ID, e.sessionId());
      g.writeStringField(CUSTOMER_ID, e.customerId());
      g.writeStringField(AGENT_ID, e.agentId());
      g.writeStringField(CHANNEL, e.channel().wireName());
      g.writeStringField(TS, EventTimestamps.format(e.ts()));
      if (e.role() != null) {
        g.writeStringField(ROLE, e.role().wireName());
      }
      if (e.text() != null) {
        g.writeStringField(TEXT, e.text());
      }
      if (e.endReason() != null) {
        g.writeStringField(END_REASON, e.endReason().wireName());
      }
      if (e.rating() != null) {
        g.writeNumberField(RATING, e.rating());
      }
      g.writeEndObject();
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot write event " + e.eventId(), ex);
    }
    return out.toString();
  }
}
