package io.kefu.registry.events;

import io.kefu.core.kafka.KafkaSettings;
import io.kefu.core.kafka.KafkaTopics;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes each event to a Kafka topic ({@link KafkaTopics#MODEL_EVENTS} by default), keyed by
 * model name so one model's events stay in order. A producer is made per event: registry changes
 * are rare, and a CLI process should not keep a producer's threads alive.
 */
public final class KafkaHook implements ModelEventPublisher {

  private final KafkaSettings settings;
  private final String topic;
  private volatile boolean topicChecked;

  public KafkaHook(KafkaSettings settings, String topic) {
    this.settings = settings;
    this.topic = topic;
  }

  @Override
  public void publish(ModelEvent event) throws EventHookException {
    ensureTopic();
    Properties props = settings.clientProperties();
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");
    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "15000");
    props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
      producer
          .send(new ProducerRecord<>(topic, event.model(), event.toJsonLine()))
          .get(20, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      throw new EventHookException(
          "cannot publish to Kafka topic "
              + topic
              + " at "
              + settings.bootstrapServers()
              + " ("
              + e.getMessage()
              + "): start the local stack with ./kefu stack start",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EventHookException("interrupted while publishing to Kafka", e);
    }
  }

  // The local broker does not create topics on first use; without this every publish would wait
  // for metadata until its timeout. An existing topic is left as its operators made it.
  private void ensureTopic() throws EventHookException {
    if (topicChecked) {
      return;
    }
    try {
      KafkaTopics.ensure(settings, List.of(topic), 1);
      topicChecked = true;
    } catch (IllegalStateException e) {
      throw new EventHookException(
          "cannot publish to Kafka topic " + topic + ": " + e.getMessage(), e);
    }
  }
}
