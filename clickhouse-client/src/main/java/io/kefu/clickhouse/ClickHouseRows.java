package io.kefu.clickhouse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.kefu.core.event.ChatEvent;
import io.kefu.core.event.EventTimestamps;
import io.kefu.core.metrics.csat.CsatDailyRow;
import io.kefu.core.metrics.fcr.FcrDailyRow;
import io.kefu.core.metrics.hot.HotPhraseRow;
import io.kefu.core.metrics.hot.HotTopicRow;
import io.kefu.core.metrics.timing.AgentTimingDailyRow;
import io.kefu.core.session.SessionSummary;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * JSONEachRow rows for the tables of {@link KefuSchema}, shared by every writer (the demo loader,
 * the streaming job, batch backfills) so a column means the same everywhere. DateTime columns get
 * UTC epoch seconds, which 18.16 and current servers read the same way; {@code day} is the
 * Asia/Shanghai calendar day; absent strings are {@code ''} and absent numbers 0.
 */
public final class ClickHouseRows {

  private static final JsonFactory FACTORY = new JsonFactory();

  private ClickHouseRows() {}

  /**
   * What the live path adds to an event before it is stored; empty strings when not known.
   *
   * @param intentModel the model version that gave the intent ({@code intent:3})
   * @param sentimentModel the model version that gave the sentiment
   */
  public record Enrichment(
      String maskedText,
      String intent,
      String sentiment,
      String intentModel,
      String sentimentModel) {
    public static Enrichment maskedOnly(String maskedText) {
      return new Enrichment(maskedText, "", "", "", "");
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
          g.writeStringField("intent_model", orEmpty(enrichment.intentModel()));
          g.writeStringField("sentiment_model", orEmpty(enrichment.sentimentModel()));
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
      LocalDate day,
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

  /**
   * A {@code kefu.sessions} row; its day is the Asia/Shanghai day the session started.
   *
   * @param primaryIntent the session's primary intent id (CONTRACT §3)
   * @param faqCluster the FAQ cluster of the session, or '' / null when none
   */
  public static String session(
      SessionSummary s, String primaryIntent, String faqCluster, long version) {
    return write(
        g -> {
          g.writeStringField("day", EventTimestamps.businessDay(s.start()).toString());
          g.writeStringField("session_id", s.sessionId());
          g.writeStringField("customer_id", s.customerId());
          g.writeStringField("agent_id", orEmpty(s.agentId()));
          g.writeStringField("channel", s.channel().wireName());
          g.writeNumberField("start_ts", s.start().toEpochSecond());
          g.writeNumberField("end_ts", s.end().toEpochSecond());
          g.writeNumberField("duration_s", s.durationSeconds());
          g.writeNumberField("turns", s.turns());
          g.writeNumberField("first_response_s", s.firstResponseSeconds());
          g.writeNumberField("transfers", s.transfers());
          g.writeStringField("end_reason", s.endReason() == null ? "" : s.endReason().wireName());
          g.writeNumberField("rating", s.rating() == null ? 0 : s.rating());
          g.writeStringField("intent", orEmpty(primaryIntent));
          g.writeStringField("faq_cluster", orEmpty(faqCluster));
          g.writeNumberField("version", version);
        });
  }

  /** A {@code kefu.fcr_daily} row. */
  public static String fcrDaily(FcrDailyRow r, long version) {
    return write(
        g -> {
          dailyKey(g, r.day(), r.intent().id(), r.channel().wireName(), r.agentId());
          g.writeNumberField("issues", r.issues());
          g.writeNumberField("resolved_first_contact", r.resolvedFirstContact());
          g.writeNumberField("final", r.isFinal() ? 1 : 0);
          g.writeNumberField("version", version);
        });
  }

  /** A {@code kefu.csat_daily} row. */
  public static String csatDaily(CsatDailyRow r, long version) {
    return write(
        g -> {
          dailyKey(g, r.day(), r.intent().id(), r.channel().wireName(), r.agentId());
          g.writeNumberField("rated", r.rated());
          g.writeNumberField("satisfied", r.satisfied());
          g.writeNumberField("rating_sum", r.ratingSum());
          g.writeNumberField("ended", r.ended());
          g.writeNumberField("version", version);
        });
  }

  /** A {@code kefu.hot_topics} row; its day is the Asia/Shanghai day of the window. */
  public static String hotTopic(HotTopicRow r, long version) {
    return write(
        g -> {
          g.writeStringField("day", r.day().toString());
          g.writeNumberField("window_start", r.windowStart().getEpochSecond());
          g.writeStringField("topic_kind", r.topicKind());
          g.writeStringField("topic", r.topic());
          spikeFields(g, r.sessions(), r.baseline(), r.spikeScore(), r.spike(), r.rank());
          g.writeNumberField("version", version);
        });
  }

  /** A {@code kefu.hot_phrases} row; its day is the Asia/Shanghai day of the window. */
  public static String hotPhrase(HotPhraseRow r, long version) {
    return write(
        g -> {
          g.writeStringField("day", r.day().toString());
          g.writeNumberField("window_start", r.windowStart().getEpochSecond());
          g.writeStringField("phrase", r.phrase());
          spikeFields(g, r.sessions(), r.baseline(), r.spikeScore(), r.spike(), r.rank());
          g.writeArrayFieldStart("examples");
          for (String example : r.examples()) {
            g.writeString(example);
          }
          g.writeEndArray();
          g.writeNumberField("version", version);
        });
  }

  /** A {@code kefu.agent_timing_daily} row. */
  public static String agentTimingDaily(AgentTimingDailyRow r, long version) {
    return write(
        g -> {
          g.writeStringField("day", r.day().toString());
          g.writeStringField("agent_id", r.agentId());
          g.writeNumberField("sessions", r.sessions());
          g.writeNumberField("answered", r.answered());
          g.writeNumberField("first_response_seconds_sum", r.firstResponseSecondsSum());
          g.writeNumberField("first_response_within_sla", r.firstResponseWithinSla());
          g.writeNumberField("replies", r.replies());
          g.writeNumberField("reply_delay_seconds_sum", r.replyDelaySecondsSum());
          g.writeNumberField("replies_within_sla", r.repliesWithinSla());
          g.writeNumberField("max_reply_delay_seconds", r.maxReplyDelaySeconds());
          g.writeNumberField("version", version);
        });
  }

  /**
   * A {@code kefu.qa_coverage_daily} row (CONTRACT §3, QA coverage).
   *
   * @param day the Asia/Shanghai day the sessions started
   * @param ended sessions of that day that ended
   * @param inspected of those, the sessions inspected
   */
  public static String qaCoverageDaily(LocalDate day, long ended, long inspected, long version) {
    return write(
        g -> {
          g.writeStringField("day", day.toString());
          g.writeNumberField("ended", ended);
          g.writeNumberField("inspected", inspected);
          g.writeNumberField("version", version);
        });
  }

  /** What the stream did with an event that came after its watermark. */
  public enum LateHandling {
    /** It still changed its session (e.g. a late csat within the grace period). */
    APPLIED("applied"),
    /** Only counted here: the figures it would have changed were already final. */
    COUNTED("counted");

    private final String wireName;

    LateHandling(String wireName) {
      this.wireName = wireName;
    }

    public String wireName() {
      return wireName;
    }
  }

  /**
   * A {@code kefu.late_events} row; its day is the Asia/Shanghai day of the event.
   *
   * @param watermark the stream's event-time watermark when the event arrived
   */
  public static String lateEvent(
      ChatEvent e, Instant watermark, LateHandling handling, long version) {
    return write(
        g -> {
          g.writeStringField("day", EventTimestamps.businessDay(e.ts()).toString());
          g.writeStringField("event_id", e.eventId());
          g.writeStringField("session_id", e.sessionId());
          g.writeStringField("type", e.type().wireName());
          g.writeNumberField("ts", e.ts().toEpochSecond());
          g.writeNumberField("watermark", watermark.getEpochSecond());
          g.writeStringField("handling", handling.wireName());
          g.writeNumberField("version", version);
        });
  }

  private static void dailyKey(
      JsonGenerator g, LocalDate day, String intent, String channel, String agentId)
      throws IOException {
    g.writeStringField("day", day.toString());
    g.writeStringField("intent", intent);
    g.writeStringField("channel", channel);
    g.writeStringField("agent_id", orEmpty(agentId));
  }

  private static void spikeFields(
      JsonGenerator g, long sessions, double baseline, double score, boolean spike, int rank)
      throws IOException {
    g.writeNumberField("sessions", sessions);
    g.writeNumberField("baseline", baseline);
    g.writeNumberField("spike_score", score);
    g.writeNumberField("spike", spike ? 1 : 0);
    g.writeNumberField("rank", rank);
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
