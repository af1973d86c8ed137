package io.kefu.registry.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.kafka.KafkaSettings;
import io.kefu.kafka.KafkaTopics;
import io.kefu.testing.LocalStack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/**
 * Against the local stack's real Kafka broker (./kefu test starts it; ./kefu stack start
 * otherwise).
 */
class KafkaHookIntegrationTest {

  @Test
  void anEventIsPublishedToTheTopicKeyedByModel() throws Exception {
    KafkaSettings settings = LocalStack.kafka();
    String topic = LocalStack.uniqueName("model-events-test");
    KafkaTopics.ensure(settings, List.of(topic), 1);
    ModelEvent event =
        new ModelEvent(
            ModelEvent.ALIAS_CHANGED,
            "intent",
            2,
            "production",
            1,
            "2026-11-22T08:00:00Z",
            "li.wei");

    new KafkaHook(settings, topic).publish(event);

    List<ConsumerRecord<String, String>> records = consume(settings, topic);
    assertThat(records).hasSize(1);
    assertThat(records.get(0).key()).isEqualTo("intent");
    assertThat(records.get(0).value()).isEqualTo(event.toJsonLine());
  }

  private static List<ConsumerRecord<String, String>> consume(
      KafkaSettings settings, String topic) {
    Properties props = settings.clientProperties();
    props.put("group.id", LocalStack.uniqueName("g"));
    props.put("auto.offset.reset", "earliest");
    List<ConsumerRecord<String, String>> records = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (records.isEmpty() && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(500)).forEach(records::add);
      }
    }
    return records;
  }
}
