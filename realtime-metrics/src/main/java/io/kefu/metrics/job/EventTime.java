package io.kefu.metrics.job;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.kefu.core.event.EventTimestamps;
import java.io.IOException;
import org.apache.flink.api.common.eventtime.SerializableTimestampAssigner;

/**
 * The event time of a raw record, read at the source so that watermarks are per Kafka partition (a
 * shuffle before them would let a partition read ahead make another's events late): the top-level
 * {@code ts} of the JSON line, or {@link Long#MIN_VALUE} for a line without a readable one (a dead
 * letter-to-be, which then never moves the watermark).
 */
final class EventTime implements SerializableTimestampAssigner<RawRecord> {

  private static final JsonFactory JSON = new JsonFactory();

  @Override
  public long extractTimestamp(RawRecord record, long kafkaTimestamp) {
    return millis(record.value());
  }

  static long millis(String line) {
    try (JsonParser p = JSON.createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return Long.MIN_VALUE;
      }
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if ("ts".equals(name) && value == JsonToken.VALUE_STRING) {
          return EventTimestamps.parse(p.getText()).toInstant().toEpochMilli();
        }
        p.skipChildren();
      }
    } catch (IOException | RuntimeException unreadable) {
      return Long.MIN_VALUE;
    }
    return Long.MIN_VALUE;
  }
}
