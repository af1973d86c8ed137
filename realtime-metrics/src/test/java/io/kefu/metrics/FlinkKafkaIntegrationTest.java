package io.kefu.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.core.event.Channel;
import io.kefu.core.event.ChatEvent;
import io.kefu.core.event.ChatEventJson;
import io.kefu.core.event.ChatEventParser;
import io.kefu.core.event.ParsedEvent;
import io.kefu.core.event.Role;
import io.kefu.kafka.KafkaSettings;
import io.kefu.kafka.KafkaTopics;
import io.kefu.testing.LocalStack;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Flink 2.2 on a two-slot MiniCluster reads the real Kafka broker through flink-connector-kafka
 * (bounded at the offsets current at start) and validates events with core's parser.
 */
class FlinkKafkaIntegrationTest {

  @RegisterExtension
  static final MiniClusterExtension FLINK =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  @Test
  void boundedKafkaSourceDeliversEveryPublishedEventOnce() throws Exception {
    KafkaSettings kafka = LocalStack.kafka();
    String topic = LocalStack.uniqueName("flink-chat-events");
    KafkaTopics.ensure(kafka, List.of(topic), 2);
    List<String> sent = publish(kafka, topic, 30);

    KafkaSource<String> source =
        KafkaSource.<String>builder()
            .setBootstrapServers(kafka.bootstrapServers())
            .setTopics(topic)
            .setGroupId(LocalStack.uniqueName("flink"))
            .setStartingOffsets(OffsetsInitializer.earliest())
            .setBounded(OffsetsInitializer.latest())
            .setValueOnlyDeserializer(new SimpleStringSchema())
            .build();
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setParallelism(2);

    List<String> ids = new ArrayList<>();
    try (CloseableIterator<String> it =
        env.fromSource(source, WatermarkStrategy.noWatermarks(), "chat-events")
            .map(FlinkKafkaIntegrationTest::validEventId)
            .executeAndCollect()) {
      it.forEachRemaining(ids::add);
    }

    assertThat(ids).containsExactlyInAnyOrderElementsOf(sent);
  }

  private static String validEventId(String json) {
    ParsedEvent parsed = new ChatEventParser().parse(json);
    return parsed instanceof ParsedEvent.Valid v ? v.event().eventId() : "invalid";
  }

  private static List<String> publish(KafkaSettings kafka, String topic, int count) {
    List<String> ids = new ArrayList<>();
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(
            kafka.clientProperties(), new StringSerializer(), new StringSerializer())) {
      for (int i = 0; i < count; i++) {
        ChatEvent.Header h =
            new ChatEvent.Header(
                "e-" + i,
                "s-" + (i % 4),
                "c-" + (i % 4),
                null,
                Channel.WECHAT,
                OffsetDateTime.parse("2026-11-01T09:00:00+08:00").plusSeconds(i));
        ChatEvent e = ChatEvent.message(h, Role.CUSTOMER, "快递到哪了");
        producer.send(new ProducerRecord<>(topic, e.sessionId(), ChatEventJson.write(e)));
        ids.add(e.eventId());
      }
      producer.flush();
    }
    return ids;
  }
}
