package io.kefu.registry.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 digests of model artifacts: recorded when a version is registered and checked when it is
 * loaded, so a corrupted or tampered file is refused instead of served.
 */
public final class ArtifactDigest {

  private static final int BUFFER = 1 << 16;

  private ArtifactDigest() {}

  /** The lower-case hex SHA-256 of a file, read as a stream (artifacts can be large). */
  public static String sha256(Path file) throws IOException {
    MessageDigest digest = newDigest();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[BUFFER];
      int read;
      while ((read = in.read(buffer)) > 0) {
        digest.update(buffer, 0, read);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * Checks a file against the digest recorded for it.
   *
   * @throws CorruptArtifactException naming the file and both digests when they differ
   */
  public static void verify(Path file, String expectedSha256) throws IOException {
    String actual = sha256(file);
    if (!actual.equalsIgnoreCase(expectedSha256)) {
      throw new CorruptArtifactException(
          "artifact "
              + file
              + " is corrupted: its SHA-256 is "
              + actual
              + " but "
              + expectedSha256
              + " was registered; re-register the model or restore the file");
    }
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
