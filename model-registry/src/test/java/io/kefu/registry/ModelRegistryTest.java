package io.kefu.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kefu.core.model.ModelName;
import io.kefu.registry.artifact.ArtifactDigest;
import io.kefu.registry.artifact.CorruptArtifactException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelRegistryTest {

  @TempDir Path dir;

  @Test
  void registrationCopiesArtifactsWithDigestsAndProvenance() throws Exception {
    ModelRegistry registry = ModelRegistry.open(dir.resolve("registry"));
    Path artifacts = TestModels.artifacts(dir, "trained", 1);

    ModelVersion v1 = registry.register("intent", artifacts, TestModels.provenance(0.81));

    assertThat(v1.version()).isEqualTo(1);
    assertThat(v1.directory()).isEqualTo(dir.resolve("registry/intent/versions/1"));
    assertThat(v1.metadata().files())
        .containsOnlyKeys("model.bin", "vocab/words.txt")
        .containsEntry("model.bin", ArtifactDigest.sha256(artifacts.resolve("model.bin")));
    assertThat(Files.readString(v1.directory().resolve("SHA256SUMS")))
        .contains("  model.bin\n", "  vocab/words.txt\n");
    ModelVersion loaded = registry.load("intent", 1);
    assertThat(loaded.metadata().provenance().metrics()).containsEntry("macro_f1", 0.81);
    assertThat(loaded.metadata().provenance().codeVersion()).isEqualTo("3f2a9c1");
    assertThat(loaded.metadata().provenance().data().rowCounts()).containsEntry("test", 200L);
    assertThat(loaded.metadata().registeredBy()).isNotBlank();
  }

  @Test
  void versionsAreNumberedPerModelFromOne() throws Exception {
    ModelRegistry registry = ModelRegistry.open(dir.resolve("registry"));
    Path artifacts = TestModels.artifacts(dir, "trained", 1);

    registry.register("intent", artifacts, TestModels.provenance(0.8));
    registry.register("intent", artifacts, TestModels.provenance(0.8));
    registry.register("sentiment", artifacts, TestModels.provenance(0.8));

    assertThat(registry.versions("intent")).containsExactly(1, 2);
    assertThat(registry.versions("sentiment")).containsExactly(1);
    assertThat(registry.models()).containsExactly(ModelName.INTENT, ModelName.SENTIMENT);
    assertThat(dir.resolve("registry/intent/.staging")).isEmptyDirectory();
  }

  @Test
  void anUnknownModelNameIsRefusedWithTheAcceptedNames() throws Exception {
    ModelRegistry registry = ModelRegistry.open(dir.resolve("registry"));
    Path artifacts = TestModels.artifacts(dir, "trained", 1);

    assertThatThrownBy(() -> registry.register("intnet", artifacts, TestModels.provenance(0.8)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown model 'intnet': expected one of intent, sentiment, faq");
  }

  @Test
  void aFlippedByteInAnArtifactIsRefusedAtLoadNamingTheFile() throws Exception {
    ModelRegistry registry = ModelRegistry.open(dir.resolve("registry"));
    ModelVersion v1 =
        registry.register(
            "faq", TestModels.artifacts(dir, "trained", 1), TestModels.provenance(0.8));
    Path weights = v1.artifact("model.bin");
    byte[] bytes = Files.readAllBytes(weights);
    bytes[1000] ^= 0x01;
    Files.write(weights, bytes);

    assertThatThrownBy(() -> registry.load("faq", 1))
        .isInstanceOf(CorruptArtifactException.class)
        .hasMessageContaining("model.bin")
        .hasMessageContaining("corrupted");
  }

  @Test
  void aMissingArtifactIsRefusedAtLoad() throws Exception {
    ModelRegistry registry = ModelRegistry.open(dir.resolve("registry"));
    ModelVersion v1 =
        registry.register(
            "faq", TestModels.artifacts(dir, "trained", 1), TestModels.provenance(0.8));
    Files.delete(v1.artifact("vocab/words.txt"));

    assertThatThrownBy(() -> registry.load("faq", 1))
        .isInstanceOf(CorruptArtifactException.class)
        .hasMessageContaining("words.txt")
        .hasMessageContaining("missing");
  }

  @Test
  void aModelWithoutProvenanceIsNotRegistered() throws Exception {
    ModelRegistry registry = ModelRegistry.open(dir.resolve("registry"));
    Path artifacts = TestModels.artifacts(dir, "trained", 1);

    assertThatThrownBy(() -> registry.register("faq", artifacts, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("provenance");
    assertThat(registry.versions("faq")).isEmpty();
  }

  @Test
  void loadingAnUnknownVersionListsTheExistingOnes() throws Exception {
    ModelRegistry registry = ModelRegistry.open(dir.resolve("registry"));
    registry.register("faq", TestModels.artifacts(dir, "trained", 1), TestModels.provenance(0.8));

    assertThatThrownBy(() -> registry.load("faq", 7))
        .isInstanceOf(RegistryException.class)
        .hasMessage("model faq has no version 7; versions: [1]");
  }

  @Test
  void concurrentRegistrationsFromThreadsGetDistinctCompleteVersions() throws Exception {
    int writers = 8;
    List<Callable<Integer>> tasks = new ArrayList<>();
    for (int i = 0; i < writers; i++) {
      Path artifacts = TestModels.artifacts(dir, "trained-" + i, i);
      // A registry object per writer, as separate trainers would have.
      ModelRegistry registry = ModelRegistry.open(dir.resolve("registry"));
      tasks.add(() -> registry.register("intent", artifacts, TestModels.provenance(0.8)).version());
    }
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    List<Integer> versions = new ArrayList<>();
    try {
      for (Future<Integer> f : pool.invokeAll(tasks)) {
        versions.add(f.get());
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(versions).doesNotHaveDuplicates().hasSize(writers);
    ModelRegistry registry = ModelRegistry.open(dir.resolve("registry"));
    assertThat(registry.versions("intent")).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    for (int v = 1; v <= writers; v++) {
      assertThat(registry.load("intent", v).metadata().files()).hasSize(2);
    }
    assertThat(registry.history("intent")).hasSize(writers);
  }
}
