package io.kefu.metrics.job;

/**
 * One Kafka record of {@code chat-events} as read: where it came from (for a dead letter's
 * location) and its value, not yet parsed.
 */
public record RawRecord(
    String topic, int partition, long offset, long timestampMillis, String value) {

  /** {@code partition:offset}, the location a dead letter is keyed by. */
  public String location() {
    return partition + ":" + offset;
  }
}
