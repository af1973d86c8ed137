package io.kefu.registry;

import java.nio.file.Path;

/**
 * A registered, verified version of a model: its folder holds the artifact files, whose digests
 * matched when this object was made.
 *
 * @param model the model
 * @param version the version number, from 1
 * @param directory the version folder, read-only by convention
 * @param metadata what was recorded at registration
 */
public record ModelVersion(ModelName model, int version, Path directory, VersionMetadata metadata) {

  /** An artifact file by its relative path, as listed in {@link VersionMetadata#files()}. */
  public Path artifact(String relativePath) {
    return directory.resolve(relativePath);
  }

  /** {@code model:version}, the way the CLI names a version. */
  public String ref() {
    return model.id() + ":" + version;
  }
}
