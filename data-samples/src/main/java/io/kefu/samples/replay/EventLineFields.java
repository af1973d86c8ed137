package io.kefu.samples.replay;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.kefu.core.event.EventTimestamps;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;

/**
 * The two fields a replay needs from a raw event line, read with Jackson's streaming parser and
 * nothing else validated: the line is published as it is, and judging it is the stream's job.
 *
 * @param eventTimeMicros {@code ts} as microseconds since the epoch (UTC), or {@code null} when the
 *     line has no readable {@code ts} (not JSON, no such field, not a date-time with an offset)
 * @param sessionId {@code session_id} when it is a non-blank string, else {@code null}
 */
record EventLineFields(Long eventTimeMicros, String sessionId) {

  private static final JsonFactory JSON = new JsonFactory();

  /** Reads {@code ts} and {@code session_id} of a top-level JSON object, first occurrence wins. */
  static EventLineFields read(byte[] line) {
    String ts = null;
    String sessionId = null;
    try (JsonParser p = JSON.createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return new EventLineFields(null, null);
      }
      while ((ts == null || sessionId == null) && p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (value == JsonToken.VALUE_STRING && "ts".equals(name) && ts == null) {
          ts = p.getText();
        } else if (value == JsonToken.VALUE_STRING && "session_id".equals(name)) {
          sessionId = sessionId == null && !p.getText().isBlank() ? p.getText() : sessionId;
        } else {
          p.skipChildren();
        }
      }
    } catch (IOException e) {
      // Broken JSON: keep what was read before the break; the stream dead-letters the line.
    }
    return new EventLineFields(micros(ts), sessionId);
  }

  static Long micros(String ts) {
    if (ts == null) {
      return null;
    }
    Long canonical = CanonicalEventTime.micros(ts);
    if (canonical != null) {
      return canonical;
    }
    try {
      return toMicros(EventTimestamps.parse(ts).toInstant());
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * Microseconds since the epoch, saturated at the ends of {@code long} (years beyond ±292,000).
   */
  static long toMicros(Instant instant) {
    try {
      return Math.addExact(
          Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    } catch (ArithmeticException e) {
      return instant.getEpochSecond() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }
}
