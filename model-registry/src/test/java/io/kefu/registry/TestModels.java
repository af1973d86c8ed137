package io.kefu.registry;

import io.kefu.registry.provenance.DataFingerprint;
import io.kefu.registry.provenance.ModelProvenance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Small artifacts and provenance for registry tests. */
public final class TestModels {

  public static final String TEST_SET = "sha256:testset-v1";

  private TestModels() {}

  /** A folder with a weights file (content varies with {@code seed}) and a nested vocabulary. */
  public static Path artifacts(Path parent, String name, int seed) throws IOException {
    Path dir = Files.createDirectories(parent.resolve(name));
    byte[] weights = new byte[4096];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = (byte) (i * 31 + seed);
    }
    Files.write(dir.resolve("model.bin"), weights);
    Files.createDirectories(dir.resolve("vocab"));
    Files.writeString(dir.resolve("vocab/words.txt"), "退款\n发货\nseed " + seed + "\n");
    return dir;
  }

  public static ModelProvenance provenance(double macroF1) {
    return provenance(macroF1, TEST_SET, "3f2a9c1");
  }

  public static ModelProvenance provenance(double macroF1, String testSet, String codeVersion) {
    return new ModelProvenance(
        new DataFingerprint(
            List.of("data-samples/chats.jsonl"), Map.of("train", 800L, "test", 200L), "sha256:abc"),
        Map.of("epochs", "5", "learningRate", "0.001"),
        42L,
        codeVersion,
        Map.of("dl4j", "1.0.0-M2.1"),
        ModelProvenance.currentJavaVersion(),
        ModelProvenance.currentOsArch(),
        "2026-11-20T10:15:30Z",
        Map.of("macro_f1", macroF1, "accuracy", macroF1 + 0.05),
        testSet,
        List.of("refund", "shipping", "other"));
  }
}
