package io.kefu.samples.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kefu.kafka.KafkaSettings;
import io.kefu.kafka.KafkaTopics;
import io.kefu.testing.LocalStack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against the real Kafka broker of the local stack, each test on its own topic. */
class ReplayerIntegrationTest {

  private static final String BAD_LINE = "{\"event_id\":\"e-bad\",\"session_id\":\"s-1\",\"ts\":";

  @Test
  void aFolderIsPublishedInEventTimeOrderAsRecordedWithSessionKeys(@TempDir Path dir)
      throws Exception {
    writeFolder(dir);
    KafkaSettings kafka = LocalStack.kafka();
    String topic = LocalStack.uniqueName("replay-test");
    // One partition, so the order read back is the order published.
    KafkaTopics.ensure(kafka, List.of(topic), 1);

    ReplaySummary summary = Replayer.publish(kafka, topic, dir, Replayer.AS_FAST_AS_POSSIBLE);

    List<ConsumerRecord<String, byte[]>> records = consume(kafka, topic, 6);
    assertThat(records)
        .extracting(r -> new String(r.value(), StandardCharsets.UTF_8))
        .containsExactly(
            event("e-1", "s-1", "2026-11-01T23:50:00+08:00"),
            event("e-4", "s-2", "2026-11-01T10:55:00-05:00"),
            event("e-2", "s-1", "2026-11-01T16:00:00Z"),
            BAD_LINE,
            event("e-3", "s-2", "2026-11-02T00:10:00+08:00"),
            "not json");
    assertThat(records)
        .extracting(ConsumerRecord::key)
        .containsExactly("s-1", "s-2", "s-1", "s-1", "s-2", null);
    assertThat(summary.published()).isEqualTo(6);
    assertThat(summary.unreadableTimestamps()).isEqualTo(2);
    assertThat(summary.withoutKey()).isEqualTo(1);
    assertThat(summary.files()).isEqualTo(2);
    assertThat(summary.toJson())
        .startsWith("{\"published\":6,\"unreadable_ts\":2,")
        .contains("\"topic\":\"" + topic + "\"");
  }

  @Test
  void aSessionsEventsShareAPartitionInOrderAtAPacedRate(@TempDir Path dir) throws Exception {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      String ts = String.format("2026-11-01T10:%02d:%02d+08:00", i / 60, i % 60);
      lines.append(event("e-" + i, "s-" + (i % 7), ts)).append('\n');
    }
    Path file = dir.resolve("events.jsonl");
    Files.writeString(file, lines);
    KafkaSettings kafka = LocalStack.kafka();
    String topic = LocalStack.uniqueName("replay-paced");

    long started = System.nanoTime();
    ReplaySummary summary = Replayer.publish(kafka, topic, file, 1_000);
    double seconds = (System.nanoTime() - started) / 1e9;

    // 200 events at 1000/s: about 0.2 s less the first 5 ms worth
    assertThat(seconds).isGreaterThan(0.18);
    assertThat(summary.published()).isEqualTo(200);
    Map<String, List<ConsumerRecord<String, byte[]>>> bySession =
        consume(kafka, topic, 200).stream().collect(Collectors.groupingBy(ConsumerRecord::key));
    assertThat(bySession).hasSize(7);
    bySession.forEach(
        (session, records) -> {
          assertThat(records)
              .extracting(ConsumerRecord::partition)
              .containsOnly(records.get(0).partition());
          assertThat(records).extracting(ConsumerRecord::offset).isSorted();
          assertThat(records)
              .extracting(
                  r ->
                      Integer.parseInt(
                          new String(r.value(), StandardCharsets.UTF_8)
                              .replaceAll(".*\"e-(\\d+)\".*", "$1")))
              .isSorted();
        });
  }

  @Test
  void anUnreachableBrokerFailsFastWithTheReason(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("events.jsonl");
    Files.writeString(file, event("e-1", "s-1", "2026-11-01T10:00:00Z") + "\n");
    Replayer replayer = new Replayer(new KafkaSettings("127.0.0.1:1"), Duration.ofSeconds(2));

    long started = System.nanoTime();
    assertThatThrownBy(() -> replayer.replay("replay-nowhere", file, 0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Kafka is not reachable at 127.0.0.1:1");
    assertThat((System.nanoTime() - started) / 1e9).isLessThan(8);
  }

  /** Two days of raw logs whose lines are out of event-time order, with a bad line in each. */
  private static void writeFolder(Path dir) throws IOException {
    Path raw = Files.createDirectories(dir.resolve("raw"));
    Files.writeString(
        raw.resolve("chat-2026-11-01.jsonl"),
        String.join(
            "\n",
            event("e-1", "s-1", "2026-11-01T23:50:00+08:00"), // 15:50Z
            event("e-2", "s-1", "2026-11-01T16:00:00Z"),
            BAD_LINE, // stays right after e-2
            ""));
    Files.writeString(
        raw.resolve("chat-2026-11-02.jsonl"),
        String.join(
            "\n",
            event("e-3", "s-2", "2026-11-02T00:10:00+08:00"), // 16:10Z
            "not json", // stays right after e-3
            event("e-4", "s-2", "2026-11-01T10:55:00-05:00"), // 15:55Z, between e-1 and e-2
            ""));
  }

  private static String event(String id, String session, String ts) {
    return "{\"event_id\":\""
        + id
        + "\",\"type\":\"message\",\"session_id\":\""
        + session
        + "\",\"customer_id\":\"c-1\",\"agent_id\":null,\"channel\":\"app\",\"ts\":\""
        + ts
        + "\",\"role\":\"customer\",\"text\":\"你好\"}";
  }

  private static List<ConsumerRecord<String, byte[]>> consume(
      KafkaSettings kafka, String topic, int expected) {
    Properties props = kafka.clientProperties();
    props.put("group.id", LocalStack.uniqueName("replay-check"));
    props.put("auto.offset.reset", "earliest");
    List<ConsumerRecord<String, byte[]>> received = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (received.size() < expected && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(received::add);
      }
    }
    return received;
  }
}
