package io.kefu.samples.replay;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a replay did.
 *
 * @param topic the Kafka topic written to
 * @param files the raw files read
 * @param published records acknowledged by the broker (every non-blank line read)
 * @param unreadableTimestamps lines without a readable {@code ts}, published in their recorded
 *     place
 * @param withoutKey lines without a readable {@code session_id}, published with a null key
 * @param readSeconds reading and ordering the lines
 * @param publishSeconds from the first send until the broker acknowledged the last record
 */
public record ReplaySummary(
    String topic,
    int files,
    long published,
    long unreadableTimestamps,
    long withoutKey,
    double readSeconds,
    double publishSeconds) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Records acknowledged per second of publishing (0 when nothing was published). */
  public double eventsPerSecond() {
    return publishSeconds > 0 ? published / publishSeconds : 0;
  }

  /** The one-line JSON summary a command prints last. */
  public String toJson() {
    ObjectNode line = JSON.createObjectNode();
    line.put("published", published);
    line.put("unreadable_ts", unreadableTimestamps);
    line.put("without_key", withoutKey);
    line.put("files", files);
    line.put("read_seconds", round(readSeconds, 3));
    line.put("seconds", round(publishSeconds, 3));
    line.put("events_per_s", round(eventsPerSecond(), 1));
    line.put("topic", topic);
    return line.toString();
  }

  private static double round(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }
}
