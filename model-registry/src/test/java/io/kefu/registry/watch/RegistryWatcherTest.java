package io.kefu.registry.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.registry.ModelRegistry;
import io.kefu.registry.TestModels;
import io.kefu.registry.promotion.PromotionRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryWatcherTest {

  @TempDir Path dir;

  @Test
  void theWatcherReportsTheInitialVersionThenAPromotion() throws Exception {
    ModelRegistry registry = ModelRegistry.open(dir.resolve("registry"));
    Path artifacts = TestModels.artifacts(dir, "trained", 1);
    registry.register("intent", artifacts, TestModels.provenance(0.80));
    registry.register("intent", artifacts, TestModels.provenance(0.85));
    registry.promote(PromotionRequest.toProduction("intent", 1));
    List<String> seen = new CopyOnWriteArrayList<>();
    RegistryWatcher watcher =
        new RegistryWatcher(registry, "intent", "production", Duration.ofSeconds(60))
            .addListener((m, a, from, to) -> seen.add(m + " " + a + " " + from + "->" + to));

    watcher.pollOnce();
    watcher.pollOnce();
    registry.promote(PromotionRequest.toProduction("intent", 2));
    watcher.pollOnce();

    assertThat(seen).containsExactly("intent production null->1", "intent production 1->2");
  }

  @Test
  void aLiveModelSwitchesVersionWhileAnsweringWithNoFailedPrediction() throws Exception {
    ModelRegistry registry = ModelRegistry.open(dir.resolve("registry"));
    Path artifacts = TestModels.artifacts(dir, "trained", 1);
    registry.register("intent", artifacts, TestModels.provenance(0.80));
    registry.register("intent", artifacts, TestModels.provenance(0.85));
    registry.promote(PromotionRequest.toProduction("intent", 1));
    LiveModel<byte[]> live = new LiveModel<>(registry, v -> readUnchecked(v.artifact("model.bin")));
    AtomicInteger failures = new AtomicInteger();
    AtomicBoolean sawV2 = new AtomicBoolean();
    AtomicBoolean stop = new AtomicBoolean();

    try (RegistryWatcher watcher =
        new RegistryWatcher(registry, "intent", "production", Duration.ofMillis(20))
            .addListener(live)
            .start()) {
      waitUntil(() -> servedVersion(live) == 1);
      Thread predictor =
          new Thread(
              () -> {
                while (!stop.get()) {
                  try {
                    LiveModel.Served<byte[]> s = live.current();
                    if (s.model().length != 4096) {
                      failures.incrementAndGet();
                    }
                    sawV2.compareAndSet(false, s.version() == 2);
                  } catch (RuntimeException e) {
                    failures.incrementAndGet();
                  }
                }
              });
      predictor.start();
      registry.promote(PromotionRequest.toProduction("intent", 2));
      waitUntil(sawV2::get);
      stop.set(true);
      predictor.join();
    }

    assertThat(failures).hasValue(0);
    assertThat(live.current().version()).isEqualTo(2);
  }

  private static int servedVersion(LiveModel<?> live) {
    try {
      return live.current().version();
    } catch (IllegalStateException e) {
      return 0;
    }
  }

  private static byte[] readUnchecked(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void waitUntil(java.util.function.BooleanSupplier condition) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within 10 s");
      }
      Thread.sleep(10);
    }
  }
}
