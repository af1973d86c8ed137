package io.kefu.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/** The Kafka topics of Kafka Insight (CONTRACT §2, §1) and their idempotent creation. */
public final class KafkaTopics {

  /** Live chat events, one JSON object per record, keyed by session id. */
  public static final String CHAT_EVENTS = "chat-events";

  /** Events that failed validation, with the reason in the record headers. */
  public static final String CHAT_EVENTS_DLQ = "chat-events-dlq";

  /** Model registrations and alias changes published by the registry. */
  public static final String MODEL_EVENTS = "model-events";

  /** Partitions of the chat-events topic on the local stack. */
  public static final int DEFAULT_PARTITIONS = 2;

  private KafkaTopics() {}

  /**
   * Creates the topics that do not exist yet (replication factor 1 is the local single broker; a
   * cluster's topics are created by its operators with their own settings).
   *
   * @throws IllegalStateException naming the brokers and how to start them when unreachable
   */
  public static void ensure(KafkaSettings settings, List<String> topics, int partitions) {
    ensure(settings, topics, partitions, Duration.ofSeconds(15));
  }

  /**
   * {@link #ensure(KafkaSettings, List, int)}, giving up after about {@code timeout} per call to
   * the broker: an optional user of Kafka (the registry's event hook) waits no longer than that.
   */
  public static void ensure(
      KafkaSettings settings, List<String> topics, int partitions, Duration timeout) {
    long millis = Math.max(1, timeout.toMillis());
    Properties props = settings.clientProperties();
    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, Long.toString(millis));
    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(millis));
    try (Admin admin = Admin.create(props)) {
      Set<String> existing = admin.listTopics().names().get(millis, TimeUnit.MILLISECONDS);
      List<NewTopic> missing = new ArrayList<>();
      for (String topic : topics) {
        if (!existing.contains(topic)) {
          missing.add(new NewTopic(topic, partitions, (short) 1));
        }
      }
      if (!missing.isEmpty()) {
        admin.createTopics(missing).all().get(millis, TimeUnit.MILLISECONDS);
      }
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw unreachable(settings, e.getCause());
      }
    } catch (TimeoutException e) {
      throw unreachable(settings, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating Kafka topics", e);
    }
  }

  /** Creates the three standard topics. */
  public static void ensureStandardTopics(KafkaSettings settings) {
    ensure(settings, List.of(CHAT_EVENTS, CHAT_EVENTS_DLQ, MODEL_EVENTS), DEFAULT_PARTITIONS);
  }

  private static IllegalStateException unreachable(KafkaSettings settings, Throwable cause) {
    return new IllegalStateException(
        "Kafka is not reachable at "
            + settings.bootstrapServers()
            + " ("
            + cause.getMessage()
            + "): start the local stack with ./kefu stack start",
        cause);
  }
}
