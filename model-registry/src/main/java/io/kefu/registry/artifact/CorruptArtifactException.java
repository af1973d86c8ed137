package io.kefu.registry.artifact;

/** A model artifact's content no longer matches the digest recorded at registration. */
public class CorruptArtifactException extends RuntimeException {
  public CorruptArtifactException(String message) {
    super(message);
  }
}
