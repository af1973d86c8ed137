package io.kefu.metrics.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An invalid record of the stream: where it was read, the reason and the original with its personal
 * data masked. Written to {@code kefu.dead_letters} and to the Kafka dead-letter topic.
 *
 * @param day the Asia/Shanghai day of the Kafka record's timestamp
 */
public record DeadLetter(
    String day,
    String source,
    String location,
    String eventId,
    String reason,
    String detail,
    String maskedRaw,
    long receivedAtMillis) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The value published to the dead-letter topic. */
  public String toKafkaJson() {
    ObjectNode node = JSON.createObjectNode();
    node.put("source", source);
    node.put("location", location);
    node.put("event_id", eventId == null ? "" : eventId);
    node.put("reason", reason);
    node.put("detail", detail);
    node.put("raw", maskedRaw);
    node.put("received_at_millis", receivedAtMillis);
    return node.toString();
  }
}
