package io.kefu.registry.artifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactDigestTest {

  @Test
  void digestMatchesTheKnownSha256OfAbc(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("abc"), "abc", StandardCharsets.US_ASCII);

    assertThat(ArtifactDigest.sha256(file))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void aFlippedByteIsDetected(@TempDir Path dir) throws Exception {
    byte[] model = new byte[200_000];
    for (int i = 0; i < model.length; i++) {
      model[i] = (byte) (i * 31);
    }
    Path file = Files.write(dir.resolve("model.zip"), model);
    String registered = ArtifactDigest.sha256(file);
    ArtifactDigest.verify(file, registered);

    model[123_456] ^= 0x01;
    Files.write(file, model);

    assertThatThrownBy(() -> ArtifactDigest.verify(file, registered))
        .isInstanceOf(CorruptArtifactException.class)
        .hasMessageContaining("model.zip")
        .hasMessageContaining(registered);
  }
}
