package io.kefu.registry.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
    try (InputStream in = Files.newInputStream(file)) {
      return copy(in, OutputStream.nullOutputStream());
    }
  }

  /** Copies a stream to the end and returns the lower-case hex SHA-256 of the bytes copied. */
  public static String copy(InputStream in, OutputStream out) throws IOException {
    MessageDigest digest = newDigest();
    byte[] buffer = new byte[BUFFER];
    int read;
    while ((read = in.read(buffer)) > 0) {
      digest.update(buffer, 0, read);
      out.write(buffer, 0, read);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * Checks a file against the digest recorded for it.
   *
   * @throws CorruptArtifactException naming the file and both digests when they differ
   */
  public static void verify(Path file, String expectedSha256) throws IOException {
    check(file.toString(), sha256(file), expectedSha256);
  }

  /**
   * Compares a digest computed from an artifact's bytes with the one recorded for it.
   *
   * @param location where the artifact was read (a path or a URI), for the message
   * @throws CorruptArtifactException naming the artifact and both digests when they differ
   */
  public static void check(String location, String actualSha256, String expectedSha256) {
    if (!actualSha256.equalsIgnoreCase(expectedSha256)) {
      throw new CorruptArtifactException(
          "artifact "
              + location
              + " is corrupted: its SHA-256 is "
              + actualSha256
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
