package io.kefu.registry.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.kefu.registry.ModelRegistry;
import io.kefu.registry.RegistryJson;
import io.kefu.registry.TestModels;
import io.kefu.registry.promotion.PromotionRequest;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventHooksTest {

  @TempDir Path dir;

  @Test
  void registrationAndPromotionAreDeliveredToACommandAsJsonLines() throws Exception {
    Path received = dir.resolve("events.jsonl");
    CommandHook hook =
        new CommandHook(List.of("sh", "-c", "cat >> '" + received + "'"), Duration.ofSeconds(10));
    ModelRegistry registry = ModelRegistry.open(dir.resolve("registry"), hook);

    registry.register(
        "intent", TestModels.artifacts(dir, "trained", 1), TestModels.provenance(0.8));
    registry.promote(PromotionRequest.toProduction("intent", 1));

    List<String> lines = Files.readAllLines(received, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(2);
    JsonNode registered = RegistryJson.MAPPER.readTree(lines.get(0));
    JsonNode promoted = RegistryJson.MAPPER.readTree(lines.get(1));
    assertThat(registered.get("type").asText()).isEqualTo("registered");
    assertThat(registered.get("version").asInt()).isEqualTo(1);
    assertThat(promoted.get("type").asText()).isEqualTo("alias-changed");
    assertThat(promoted.get("alias").asText()).isEqualTo("production");
    assertThat(promoted.get("previousVersion").isNull()).isTrue();
  }

  @Test
  void aRefusedPromotionReachesTheHookWithBothFigures() throws Exception {
    Path received = dir.resolve("refused.jsonl");
    CommandHook hook =
        new CommandHook(List.of("sh", "-c", "cat >> '" + received + "'"), Duration.ofSeconds(10));
    ModelRegistry registry = ModelRegistry.open(dir.resolve("registry2"), hook);
    registry.register("intent", TestModels.artifacts(dir, "a", 1), TestModels.provenance(0.8));
    registry.register("intent", TestModels.artifacts(dir, "b", 2), TestModels.provenance(0.75));
    registry.promote(PromotionRequest.toProduction("intent", 1));

    assertThatThrownBy(() -> registry.promote(PromotionRequest.toProduction("intent", 2)))
        .isInstanceOf(io.kefu.registry.promotion.PromotionRefusedException.class);

    List<String> lines = Files.readAllLines(received, StandardCharsets.UTF_8);
    JsonNode refused = RegistryJson.MAPPER.readTree(lines.get(lines.size() - 1));
    assertThat(refused.get("type").asText()).isEqualTo("promotion-refused");
    assertThat(refused.get("version").asInt()).isEqualTo(2);
    assertThat(refused.get("reason").asText()).contains("0.7500", "0.8000");
  }

  @Test
  void aFailingCommandIsReportedWithItsExitCode() {
    CommandHook hook =
        new CommandHook(List.of("sh", "-c", "cat > /dev/null; exit 3"), Duration.ofSeconds(10));

    assertThatThrownBy(() -> hook.publish(event()))
        .isInstanceOf(EventHookException.class)
        .hasMessageContaining("exited with 3");
  }

  @Test
  void aFailingHookDoesNotUndoTheRegistration() throws Exception {
    ModelRegistry registry =
        ModelRegistry.open(
            dir.resolve("registry"),
            e -> {
              throw new EventHookException("down");
            });

    registry.register("faq", TestModels.artifacts(dir, "trained", 1), TestModels.provenance(0.8));

    assertThat(registry.versions("faq")).containsExactly(1);
  }

  @Test
  void eventsArePostedToAUrl() throws Exception {
    List<String> bodies = new CopyOnWriteArrayList<>();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/hook",
        exchange -> {
          bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    server.start();
    try {
      URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
      new HttpHook(url, Duration.ofSeconds(5)).publish(event());
    } finally {
      server.stop(0);
    }

    assertThat(bodies).hasSize(1);
    assertThat(RegistryJson.MAPPER.readTree(bodies.get(0)).get("model").asText())
        .isEqualTo("intent");
  }

  @Test
  void hooksAreConfiguredFromTheEnvironmentAndKafkaOnlyWhenSet() {
    assertThat(EventHooks.fromEnvironment(Map.of()).size()).isZero();
    assertThat(
            EventHooks.fromEnvironment(
                    Map.of(
                        EventHooks.ENV_COMMAND, "cat",
                        EventHooks.ENV_URL, "http://127.0.0.1:9/hook",
                        EventHooks.ENV_KAFKA, "127.0.0.1:19092"))
                .size())
        .isEqualTo(3);
  }

  @Test
  void theStacksKafkaAddressAloneDoesNotTurnTheKafkaHookOn() {
    assertThat(EventHooks.fromEnvironment(Map.of("KEFU_KAFKA_BOOTSTRAP", "127.0.0.1:19092")).size())
        .isZero();
    assertThat(EventHooks.ENV_KAFKA).isEqualTo("KEFU_REGISTRY_HOOK_KAFKA");
  }

  @Test
  void promotingWithTheKafkaHookOnAClosedPortReturnsWithinSecondsAndSucceeds() throws Exception {
    Path root = dir.resolve("registry");
    ModelRegistry.open(root)
        .register("intent", TestModels.artifacts(dir, "trained", 1), TestModels.provenance(0.8));
    EventHooks hooks =
        EventHooks.fromEnvironment(Map.of(EventHooks.ENV_KAFKA, "127.0.0.1:" + closedPort()));
    ModelRegistry registry = ModelRegistry.open(root, hooks);

    long started = System.nanoTime();
    registry.promote(PromotionRequest.toProduction("intent", 1));
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(took).isLessThan(Duration.ofSeconds(8));
    assertThat(registry.aliasVersion("intent", "production")).contains(1);
  }

  @Test
  void aHookThatFailedIsNotTriedAgainForTheNextEvent() {
    List<String> calls = new CopyOnWriteArrayList<>();
    ModelEventPublisher broken =
        e -> {
          calls.add(e.type());
          throw new EventHookException("down");
        };
    EventHooks hooks = new EventHooks(List.of(broken));

    assertThatThrownBy(() -> hooks.publish(event())).hasMessage("down");
    assertThatCode(() -> hooks.publish(event())).doesNotThrowAnyException();
    assertThat(calls).hasSize(1);
  }

  private static int closedPort() throws java.io.IOException {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static ModelEvent event() {
    return new ModelEvent(
        ModelEvent.REGISTERED, "intent", 1, null, null, "2026-11-22T08:00:00Z", "li.wei");
  }
}
