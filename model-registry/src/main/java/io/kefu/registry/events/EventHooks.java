package io.kefu.registry.events;

import io.kefu.core.kafka.KafkaSettings;
import io.kefu.core.kafka.KafkaTopics;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The configured hooks, read from the environment: {@code KEFU_REGISTRY_HOOK_COMMAND} (run with
 * {@code sh -c}), {@code KEFU_REGISTRY_HOOK_URL} and {@code KEFU_KAFKA_BOOTSTRAP} (Kafka is used
 * only when this is set explicitly, so a laptop without the stack can still register models). Every
 * hook gets every event; the first failure is reported after all were tried.
 */
public final class EventHooks implements ModelEventPublisher {

  public static final String ENV_COMMAND = "KEFU_REGISTRY_HOOK_COMMAND";
  public static final String ENV_URL = "KEFU_REGISTRY_HOOK_URL";
  public static final String ENV_KAFKA = "KEFU_KAFKA_BOOTSTRAP";

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final List<ModelEventPublisher> hooks;

  public EventHooks(List<ModelEventPublisher> hooks) {
    this.hooks = List.copyOf(hooks);
  }

  public static EventHooks fromEnvironment() {
    return fromEnvironment(System.getenv());
  }

  static EventHooks fromEnvironment(Map<String, String> env) {
    List<ModelEventPublisher> hooks = new ArrayList<>();
    String command = env.get(ENV_COMMAND);
    if (command != null && !command.isBlank()) {
      hooks.add(new CommandHook(List.of("sh", "-c", command), TIMEOUT));
    }
    String url = env.get(ENV_URL);
    if (url != null && !url.isBlank()) {
      hooks.add(new HttpHook(URI.create(url), TIMEOUT));
    }
    String kafka = env.get(ENV_KAFKA);
    if (kafka != null && !kafka.isBlank()) {
      hooks.add(new KafkaHook(new KafkaSettings(kafka), KafkaTopics.MODEL_EVENTS));
    }
    return new EventHooks(hooks);
  }

  public int size() {
    return hooks.size();
  }

  @Override
  public void publish(ModelEvent event) throws Exception {
    Exception first = null;
    for (ModelEventPublisher hook : hooks) {
      try {
        hook.publish(event);
      } catch (Exception e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
