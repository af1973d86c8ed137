package io.kefu.samples.replay;

import io.kefu.kafka.KafkaSettings;
import io.kefu.kafka.KafkaTopics;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes recorded raw chat logs to a Kafka topic in event-time order ({@link ReplayOrder}): each
 * line as it was recorded, bad ones too, so the stream's dead-letter path sees them; keyed by
 * {@code session_id} so a session's events share a partition and keep their order. The record
 * timestamp is the time of sending, not the event time: old recordings would otherwise fall behind
 * the topic's retention at once. For {@code ./kefu replay}, the streaming job's tests and {@code
 * ./kefu bench stream}.
 */
public final class Replayer {

  /** The rate that means no pacing: records go as fast as the broker takes them. */
  public static final double AS_FAST_AS_POSSIBLE = 0;

  /** How long an unreachable broker may keep a replay waiting before it fails. */
  static final Duration BROKER_TIMEOUT = Duration.ofSeconds(8);

  private static final Logger LOG = LoggerFactory.getLogger(Replayer.class);
  private static final long PROGRESS_EVERY_NANOS = 5_000_000_000L;

  private final KafkaSettings settings;
  private final Duration brokerTimeout;

  Replayer(KafkaSettings settings, Duration brokerTimeout) {
    this.settings = settings;
    this.brokerTimeout = brokerTimeout;
  }

  /**
   * Publishes a raw chat-log folder (or raw folder, or one {@code .jsonl} file) to {@code topic},
   * creating it and the standard topics when missing, and returns once the broker has acknowledged
   * every record.
   *
   * @param eventsPerSecond the pace, or {@link #AS_FAST_AS_POSSIBLE}
   * @throws IOException when the input is missing or unreadable
   * @throws IllegalStateException when the broker is unreachable (after about 8 s) or refuses
   */
  public static ReplaySummary publish(
      KafkaSettings settings, String topic, Path input, double eventsPerSecond)
      throws IOException, InterruptedException {
    return new Replayer(settings, BROKER_TIMEOUT).replay(topic, input, eventsPerSecond);
  }

  ReplaySummary replay(String topic, Path input, double eventsPerSecond)
      throws IOException, InterruptedException {
    if (!(eventsPerSecond >= 0) || Double.isInfinite(eventsPerSecond)) {
      throw new IllegalArgumentException("rate must be a positive number, not " + eventsPerSecond);
    }
    List<Path> files = ReplayInput.files(input);
    ensureTopics(topic);
    long started = System.nanoTime();
    ReplayOrder order = ReplayInput.read(files);
    ReplayOrder.Ordered lines = order.ordered();
    double readSeconds = (System.nanoTime() - started) / 1e9;
    LOG.info(
        String.format(
            Locale.ROOT,
            "replay: %,d lines of %d files in event-time order (%,d without a readable ts) after"
                + " %.1f s; publishing to %s %s",
            lines.size(),
            files.size(),
            order.unreadableTimestamps(),
            readSeconds,
            topic,
            eventsPerSecond > 0
                ? "at " + rate(eventsPerSecond) + " events/s"
                : "as fast as possible"));
    double publishSeconds = send(lines, topic, eventsPerSecond);
    return new ReplaySummary(
        topic,
        files.size(),
        lines.size(),
        order.unreadableTimestamps(),
        order.withoutSessionId(),
        readSeconds,
        publishSeconds);
  }

  private void ensureTopics(String topic) {
    Set<String> topics = new LinkedHashSet<>();
    topics.add(KafkaTopics.CHAT_EVENTS);
    topics.add(KafkaTopics.CHAT_EVENTS_DLQ);
    topics.add(KafkaTopics.MODEL_EVENTS);
    topics.add(topic);
    KafkaTopics.ensure(
        settings, List.copyOf(topics), KafkaTopics.DEFAULT_PARTITIONS, brokerTimeout);
  }

  /** Sends every line in order and waits for the acknowledgements; returns the seconds taken. */
  private double send(ReplayOrder.Ordered lines, String topic, double eventsPerSecond)
      throws InterruptedException {
    AtomicReference<Exception> failure = new AtomicReference<>();
    Callback callback = (metadata, e) -> failure.compareAndSet(null, e);
    TokenBucket pace = eventsPerSecond > 0 ? TokenBucket.of(eventsPerSecond) : null;
    KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(
            producerProperties(), new StringSerializer(), new ByteArraySerializer());
    boolean delivered = false;
    long started = System.nanoTime();
    long lastProgress = started;
    int sent = 0;
    try {
      for (; sent < lines.size(); sent++) {
        if (pace != null) {
          pace.acquire();
        }
        producer.send(new ProducerRecord<>(topic, lines.key(sent), lines.value(sent)), callback);
        if (failure.get() != null) {
          throw refused(failure.get(), sent, lines.size());
        }
        long now = System.nanoTime();
        if (now - lastProgress >= PROGRESS_EVERY_NANOS) {
          lastProgress = now;
          progress(sent + 1, lines.size(), now - started);
        }
      }
      producer.flush();
      if (failure.get() != null) {
        throw refused(failure.get(), sent, lines.size());
      }
      delivered = true;
    } catch (KafkaException e) {
      throw refused(e, sent, lines.size());
    } finally {
      // On failure do not wait for records the broker will not take.
      producer.close(delivered ? brokerTimeout : Duration.ZERO);
    }
    return (System.nanoTime() - started) / 1e9;
  }

  private Properties producerProperties() {
    Properties props = settings.clientProperties();
    props.put(ProducerConfig.CLIENT_ID_CONFIG, "kefu-replay");
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    // Idempotence keeps the order of a partition with up to 5 requests in flight.
    props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
    props.put(ProducerConfig.LINGER_MS_CONFIG, "10");
    props.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 * 1024));
    props.put(ProducerConfig.BUFFER_MEMORY_CONFIG, Long.toString(64L * 1024 * 1024));
    // lz4: as fast as no compression here, and a third of the bytes on the broker's disk.
    props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    long timeout = brokerTimeout.toMillis();
    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(timeout));
    props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(timeout));
    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Long.toString(3 * timeout));
    return props;
  }

  private static void progress(int sent, int total, long nanos) {
    LOG.info(
        String.format(
            Locale.ROOT,
            "replay: %,d/%,d events sent (%d%%), %,.0f events/s",
            sent,
            total,
            sent * 100L / total,
            sent / (nanos / 1e9)));
  }

  private static String rate(double eventsPerSecond) {
    return BigDecimal.valueOf(eventsPerSecond).stripTrailingZeros().toPlainString();
  }

  private IllegalStateException refused(Exception cause, int sent, int total) {
    return new IllegalStateException(
        String.format(
            Locale.ROOT,
            "Kafka at %s did not take the replay (%,d of %,d records sent): %s",
            settings.bootstrapServers(),
            sent,
            total,
            cause.getMessage()),
        cause);
  }
}
