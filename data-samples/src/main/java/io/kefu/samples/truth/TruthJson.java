package io.kefu.samples.truth;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.kefu.core.event.EventTimestamps;
import io.kefu.samples.pii.PiiMention;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * Writes a {@link SessionTruth} as one JSON line of {@code truth/sessions.jsonl}, fields in a fixed
 * order: session_id, customer_id, channel, source, start_ts, end_ts (ISO-8601, +08:00), intent,
 * faq_id, sentiment_path, repeat_contact, previous_session_id, end_reason, rating, ratings[{ts,
 * rating}], qa_violations[{rule_id, message_index}], pii[{type, value, message_index}], messages,
 * agent_id, emerging_phrase.
 */
public final class TruthJson {

  private static final JsonFactory FACTORY = new JsonFactory();

  private TruthJson() {}

  public static String write(SessionTruth t) {
    StringWriter out = new StringWriter(512);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("session_id", t.sessionId());
      g.writeStringField("customer_id", t.customerId());
      g.writeStringField("channel", t.channel().wireName());
      g.writeStringField("source", t.source().wireName());
      g.writeStringField("start_ts", time(t.start()));
      g.writeStringField("end_ts", time(t.end()));
      g.writeStringField("intent", t.intent().id());
      g.writeStringField("faq_id", t.faqId());
      g.writeArrayFieldStart("sentiment_path");
      for (Sentiment s : t.sentimentPath()) {
        g.writeString(s.wireName());
      }
      g.writeEndArray();
      g.writeBooleanField("repeat_contact", t.repeatContact());
      g.writeStringField("previous_session_id", t.previousSessionId());
      g.writeStringField("end_reason", t.endReason().wireName());
      if (t.rating() == null) {
        g.writeNullField("rating");
      } else {
        g.writeNumberField("rating", t.rating());
      }
      ratings(g, t);
      rules(g, t);
      pii(g, t);
      g.writeNumberField("messages", t.messages());
      g.writeStringField("agent_id", t.agentId());
      g.writeStringField("emerging_phrase", t.emergingPhrase());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write truth of " + t.sessionId(), e);
    }
    return out.toString();
  }

  private static void ratings(JsonGenerator g, SessionTruth t) throws IOException {
    g.writeArrayFieldStart("ratings");
    for (CsatRating c : t.ratings()) {
      g.writeStartObject();
      g.writeStringField("ts", time(c.at()));
      g.writeNumberField("rating", c.rating());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void rules(JsonGenerator g, SessionTruth t) throws IOException {
    g.writeArrayFieldStart("qa_violations");
    for (RuleBreak b : t.qaViolations()) {
      g.writeStartObject();
      g.writeStringField("rule_id", b.rule().id());
      g.writeNumberField("message_index", b.messageIndex());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void pii(JsonGenerator g, SessionTruth t) throws IOException {
    g.writeArrayFieldStart("pii");
    for (PiiMention p : t.pii()) {
      g.writeStartObject();
      g.writeStringField("type", p.type().wireName());
      g.writeStringField("value", p.value());
      g.writeNumberField("message_index", p.messageIndex());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static String time(Instant instant) {
    return EventTimestamps.format(instant.atZone(EventTimestamps.BUSINESS_ZONE).toOffsetDateTime());
  }
}
