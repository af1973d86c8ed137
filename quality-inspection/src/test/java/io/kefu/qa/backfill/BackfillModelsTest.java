package io.kefu.qa.backfill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kefu.registry.ModelRegistry;
import io.kefu.registry.promotion.PromotionRequest;
import io.kefu.registry.provenance.DataFingerprint;
import io.kefu.registry.provenance.ModelProvenance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackfillModelsTest {

  @TempDir Path dir;

  @Test
  void withoutARegistryItSaysHowToTrainAnIntentModel() {
    String missing = dir.resolve("nowhere").toString();

    assertThatThrownBy(() -> BackfillModels.find(missing, "/data/ingested"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no model registry at " + missing)
        .hasMessageContaining("./kefu train intent --data /data/ingested")
        .hasMessageNotContaining("\n");
  }

  @Test
  void withoutAProductionIntentModelItSaysHowToTrainOne() throws Exception {
    ModelRegistry registry = ModelRegistry.open(dir.resolve("registry"));
    register(registry, "sentiment", true);
    register(registry, "intent", false);

    assertThatThrownBy(() -> BackfillModels.find(registry.location(), "out"))
        .hasMessageContaining("no production intent model")
        .hasMessageContaining("./kefu train intent --data out");
  }

  @Test
  void withoutAProductionSentimentModelItSaysHowToTrainOne() throws Exception {
    ModelRegistry registry = ModelRegistry.open(dir.resolve("registry"));
    register(registry, "intent", true);

    assertThatThrownBy(() -> BackfillModels.find(registry.location(), "out"))
        .hasMessageContaining("no production sentiment model")
        .hasMessageContaining("./kefu train sentiment --data out");
  }

  @Test
  void findsTheProductionVersionsAndNoFaqModel() throws Exception {
    ModelRegistry registry = ModelRegistry.open(dir.resolve("registry"));
    register(registry, "intent", false);
    register(registry, "intent", true);
    register(registry, "sentiment", true);

    BackfillModels models = BackfillModels.find(registry.location(), "out");

    assertThat(models.intentVersion()).isEqualTo(2);
    assertThat(models.sentiment().version()).isEqualTo(1);
    assertThat(models.faqVersion()).isNull();
    assertThat(models.faq()).isEmpty();
    assertThat(models.describe()).contains("intent:2", "sentiment:1", "no faq model");
  }

  /** Registers a placeholder version (find never loads it), promoted if asked. */
  private void register(ModelRegistry registry, String task, boolean promote) throws Exception {
    Path files = Files.createTempDirectory(dir, task);
    Files.writeString(files.resolve("model.json"), "{}");
    int version =
        registry
            .register(
                task,
                files,
                new ModelProvenance(
                    new DataFingerprint(List.of("t.csv"), Map.of("train", 1L), "sha256:t"),
                    Map.of(),
                    1,
                    "test-code-version",
                    Map.of(),
                    ModelProvenance.currentJavaVersion(),
                    ModelProvenance.currentOsArch(),
                    "2026-03-01T00:00:00Z",
                    Map.of("macro_f1", 0.5),
                    "sha256:test",
                    List.of("a", "b")))
            .version();
    if (promote) {
      registry.promote(PromotionRequest.toProduction(task, version));
    }
  }
}
