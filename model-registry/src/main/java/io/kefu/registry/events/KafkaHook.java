package io.kefu.registry.events;

import io.kefu.kafka.KafkaSettings;
import io.kefu.kafka.KafkaTopics;
import java.time.Duration;
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
 *
 * <p>The hook is optional, so it never holds a command up: checking the topic, waiting for the
 * broker's metadata ({@code max.block.ms}) and delivering ({@code delivery.timeout.ms}) are each
 * bounded by {@link #DEFAULT_TIMEOUT} unless another timeout is given; an unreachable broker fails
 * the publication within a few seconds.
 */
public final class KafkaHook implements ModelEventPublisher {

  /** How long each step of a publication may wait for the broker. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);

  private final KafkaSettings settings;
  private final String topic;
  private final Duration timeout;
  private volatile boolean topicChecked;

  public KafkaHook(KafkaSettings settings, String topic) {
    this(settings, topic, DEFAULT_TIMEOUT);
  }

  public KafkaHook(KafkaSettings settings, String topic, Duration timeout) {
    this.settings = settings;
    this.topic = topic;
    this.timeout = timeout;
  }

  @Override
  public void publish(ModelEvent event) throws EventHookException {
    ensureTopic();
    KafkaProducer<String, String> producer =
        new KafkaProducer<>(producerProperties(), new StringSerializer(), new StringSerializer());
    try {
      producer
          .send(new ProducerRecord<>(topic, event.model(), event.toJsonLine()))
          .get(2 * timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      throw failure(e.getCause() != null ? e.getCause() : e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EventHookException("interrupted while publishing to Kafka", e);
    } finally {
      // a record still queued is dropped rather than waited for: the hook is best effort
      producer.close(Duration.ZERO);
    }
  }

  private Properties producerProperties() {
    String millis = Long.toString(Math.max(1, timeout.toMillis()));
    Properties props = settings.clientProperties();
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.LINGER_MS_CONFIG, "0");
    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, millis);
    props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, millis);
    // Kafka requires delivery.timeout.ms >= linger.ms + request.timeout.ms
    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, millis);
    return props;
  }

  // The local broker does not create topics on first use; without this every publish would wait
  // for metadata until its timeout. An existing topic is left as its operators made it.
  private void ensureTopic() throws EventHookException {
    if (topicChecked) {
      return;
    }
    try {
      KafkaTopics.ensure(settings, List.of(topic), 1, timeout);
      topicChecked = true;
    } catch (IllegalStateException e) {
      throw failure(e);
    }
  }

  private EventHookException failure(Throwable cause) {
    Throwable root = cause;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String reason = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return new EventHookException(
        "cannot publish to Kafka topic "
            + topic
            + " at "
            + settings.bootstrapServers()
            + " within "
            + timeout.toMillis()
            + " ms ("
            + reason.lines().findFirst().orElse("")
            + "); start the broker (./kefu stack start) or unset "
            + EventHooks.ENV_KAFKA,
        cause);
  }
}
