package io.kefu.registry;

import io.kefu.core.model.ModelName;
import java.nio.file.Path;

/**
 * A registered version of a model. Its {@code directory} is a local folder holding the artifact
 * files, whose digests matched when this object was made: the version folder itself in a local
 * registry, a verified copy for a registry on HDFS or S3. A version just registered to a remote
 * registry has no local folder ({@code directory} is null) until it is loaded.
 *
 * @param model the model
 * @param version the version number, from 1
 * @param directory local folder with the version's files, read-only by convention; null when the
 *     version has not been copied to this machine ({@link ModelRegistry#load} does that)
 * @param metadata what was recorded at registration
 * @param location where the registry keeps the version: a local path or a URI such as {@code
 *     hdfs://namenode:8020/kefu/registry/intent/versions/3}
 */
public record ModelVersion(
    ModelName model, int version, Path directory, VersionMetadata metadata, String location) {

  /**
   * An artifact file by its relative path, as listed in {@link VersionMetadata#files()}.
   *
   * @throws IllegalStateException when the version has no local folder
   */
  public Path artifact(String relativePath) {
    if (directory == null) {
      throw new IllegalStateException(
          ref()
              + " is stored at "
              + location
              + " and has no local copy here: load it with ModelRegistry.load or materialize");
    }
    return directory.resolve(relativePath);
  }

  /** {@code model:version}, the way the CLI names a version. */
  public String ref() {
    return model.wireName() + ":" + version;
  }
}
