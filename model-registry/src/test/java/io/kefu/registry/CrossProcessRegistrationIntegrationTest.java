package io.kefu.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrossProcessRegistrationIntegrationTest {

  @Test
  void registrationsFromTwoProcessesGetDistinctCompleteVersions(@TempDir Path dir)
      throws Exception {
    Path root = dir.resolve("registry");
    Path theirs = TestModels.artifacts(dir, "theirs", 2);
    Path ours = TestModels.artifacts(dir, "ours", 1);
    int each = 10;
    Process other =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                RegisterFromAnotherProcess.class.getName(),
                root.toString(),
                theirs.toString(),
                Integer.toString(each))
            .inheritIO()
            .start();

    ModelRegistry registry = ModelRegistry.open(root);
    for (int i = 0; i < each; i++) {
      registry.register("intent", ours, TestModels.provenance(0.8));
    }
    assertThat(other.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(other.exitValue()).isZero();

    assertThat(registry.versions("intent")).hasSize(2 * each);
    assertThat(registry.versions("intent").get(2 * each - 1)).isEqualTo(2 * each);
    long fromOtherProcess =
        registry.versions("intent").stream()
            .map(v -> registry.load("intent", v))
            .filter(v -> v.metadata().provenance().metrics().get("macro_f1") == 0.7)
            .count();
    assertThat(fromOtherProcess).isEqualTo(each);
    assertThat(registry.history("intent")).hasSize(2 * each);
  }
}
