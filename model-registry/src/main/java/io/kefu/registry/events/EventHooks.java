package io.kefu.registry.events;

import io.kefu.kafka.KafkaSettings;
import io.kefu.kafka.KafkaTopics;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The configured hooks, read from the environment: {@code KEFU_REGISTRY_HOOK_COMMAND} (run with
 * {@code sh -c}), {@code KEFU_REGISTRY_HOOK_URL} and {@code KEFU_REGISTRY_HOOK_KAFKA} (bootstrap
 * servers). Each hook is used only when its own variable is set: Kafka is not implied by the
 * stack's {@code KEFU_KAFKA_BOOTSTRAP}, so a laptop without a broker can still register models.
 *
 * <p>Every hook gets every event; the first failure is reported after all were tried. A hook that
 * failed is not tried again by this instance (one process, typically one command), so an absent
 * broker costs one bounded wait and one warning, not one per event.
 */
public final class EventHooks implements ModelEventPublisher {

  public static final String ENV_COMMAND = "KEFU_REGISTRY_HOOK_COMMAND";
  public static final String ENV_URL = "KEFU_REGISTRY_HOOK_URL";
  public static final String ENV_KAFKA = "KEFU_REGISTRY_HOOK_KAFKA";

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final List<ModelEventPublisher> hooks;
  private final Set<ModelEventPublisher> failed = ConcurrentHashMap.newKeySet();

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
      if (failed.contains(hook)) {
        continue;
      }
      try {
        hook.publish(event);
      } catch (Exception e) {
        failed.add(hook);
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
