package io.kefu.kafka;

import java.util.Map;
import java.util.Properties;

/**
 * Where the Kafka brokers are. Defaults to the local stack of {@code ./kefu stack start}; {@code
 * KEFU_KAFKA_BOOTSTRAP} points the same code at a cluster.
 *
 * @param bootstrapServers comma-separated {@code host:port} list
 */
public record KafkaSettings(String bootstrapServers) {

  public static final String DEFAULT_BOOTSTRAP = "127.0.0.1:19092";

  public KafkaSettings {
    if (bootstrapServers == null || !bootstrapServers.matches("[^,\\s]+:\\d+(,[^,\\s]+:\\d+)*")) {
      throw new IllegalArgumentException(
          "Kafka bootstrap servers must be host:port[,host:port…], not " + bootstrapServers);
    }
  }

  public static KafkaSettings fromEnvironment() {
    return fromEnvironment(System.getenv());
  }

  static KafkaSettings fromEnvironment(Map<String, String> env) {
    return new KafkaSettings(env.getOrDefault("KEFU_KAFKA_BOOTSTRAP", DEFAULT_BOOTSTRAP));
  }

  /** Client properties with the bootstrap servers set, for producers, consumers and admins. */
  public Properties clientProperties() {
    Properties props = new Properties();
    props.put("bootstrap.servers", bootstrapServers);
    return props;
  }
}
