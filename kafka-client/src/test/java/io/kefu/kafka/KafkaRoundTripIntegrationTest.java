package io.kefu.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.core.event.Channel;
import io.kefu.core.event.ChatEvent;
import io.kefu.core.event.ChatEventJson;
import io.kefu.core.event.ChatEventParser;
import io.kefu.core.event.ParsedEvent;
import io.kefu.core.event.Role;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
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
    KafkaSettings settings = KafkaSettings.fromEnvironment();
    String topic = uniqueName("chat-events-test");
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
  void ensuringTopicsTwiceLeavesEachTopicOnceWithItsPartitions() throws Exception {
    KafkaSettings settings = KafkaSettings.fromEnvironment();
    List<String> topics = List.of(uniqueName("twice-a"), uniqueName("twice-b"));
    KafkaTopics.ensure(settings, topics, 2);
    KafkaTopics.ensure(settings, topics, 3);

    try (Admin admin = Admin.create(settings.clientProperties())) {
      assertThat(admin.listTopics().names().get(15, TimeUnit.SECONDS)).containsAll(topics);
      Map<String, TopicDescription> described =
          admin.describeTopics(topics).allTopicNames().get(15, TimeUnit.SECONDS);
      // the second call finds the topics and leaves them as the first created them
      assertThat(described.values()).extracting(d -> d.partitions().size()).containsExactly(2, 2);
    }
  }

  /** A name unique to this run, so reruns never see an earlier run's topic. */
  private static String uniqueName(String prefix) {
    return prefix
        + "_"
        + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
  }

  private static KafkaProducer<String, String> producer(KafkaSettings settings) {
    Properties props = settings.clientProperties();
    props.put("acks", "all");
    return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
  }

  private static List<ChatEvent> consume(KafkaSettings settings, String topic, int expected) {
    Properties props = settings.clientProperties();
    props.put("group.id", uniqueName("g"));
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
