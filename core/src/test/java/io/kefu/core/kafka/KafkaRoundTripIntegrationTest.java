package io.kefu.core.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.core.event.Channel;
import io.kefu.core.event.ChatEvent;
import io.kefu.core.event.ChatEventJson;
import io.kefu.core.event.ChatEventParser;
import io.kefu.core.event.ParsedEvent;
import io.kefu.core.event.Role;
import io.kefu.core.testing.LocalStack;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** Against the real Kafka broker of the local stack. */
class KafkaRoundTripIntegrationTest {

  @Test
  void chatEventsPublishedToTheBrokerAreReadBackEqual() throws Exception {
    KafkaSettings settings = LocalStack.kafka();
    String topic = LocalStack.uniqueName("chat-events-test");
    KafkaTopics.ensure(settings, List.of(topic), 2);
    List<ChatEvent> sent = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      ChatEvent.Header h =
          new ChatEvent.Header(
              "e-" + i,
              "s-" + (i % 3),
              "c-1",
              null,
              Channel.APP,
              OffsetDateTime.parse("2026-11-01T10:00:00+08:00").plusSeconds(i));
      sent.add(ChatEvent.message(h, Role.CUSTOMER, "第" + i + "条消息"));
    }

    try (KafkaProducer<String, String> producer = producer(settings)) {
      for (ChatEvent e : sent) {
        producer.send(new ProducerRecord<>(topic, e.sessionId(), ChatEventJson.write(e)));
      }
      producer.flush();
    }

    List<ChatEvent> received = consume(settings, topic, sent.size());
    assertThat(received).containsExactlyInAnyOrderElementsOf(sent);
  }

  @Test
  void ensuringTopicsTwiceIsHarmless() {
    String topic = LocalStack.uniqueName("twice");
    KafkaTopics.ensure(LocalStack.kafka(), List.of(topic), 1);
    KafkaTopics.ensure(LocalStack.kafka(), List.of(topic), 1);
  }

  private static KafkaProducer<String, String> producer(KafkaSettings settings) {
    Properties props = settings.clientProperties();
    props.put("acks", "all");
    return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
  }

  private static List<ChatEvent> consume(KafkaSettings settings, String topic, int expected) {
    Properties props = settings.clientProperties();
    props.put("group.id", LocalStack.uniqueName("g"));
    props.put("auto.offset.reset", "earliest");
    ChatEventParser parser = new ChatEventParser();
    List<ChatEvent> received = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (received.size() < expected && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
          received.add(((ParsedEvent.Valid) parser.parse(record.value())).event());
        }
      }
    }
    return received;
  }
}
