package io.kefu.registry;

import io.kefu.core.model.ModelName;
import io.kefu.registry.artifact.ArtifactDigest;
import io.kefu.registry.artifact.CorruptArtifactException;
import io.kefu.registry.storage.LocalStorage;
import io.kefu.registry.storage.RegistryStorage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads versions for serving, each artifact checked against its recorded SHA-256. A version of a
 * local registry is checked in place; a version of a remote one is copied to a local folder, each
 * file hashed as it arrives, and the copy appears under its final name only once complete. Versions
 * never change, so a verified copy in the cache is reused (and checked again) by later loads.
 */
final class VersionReader {

  private static final Logger LOG = LoggerFactory.getLogger(VersionReader.class);

  private final VersionStore store;
  private final RegistryStorage storage;
  private final Path cache;

  /**
   * @param cache local folder for copies of remote versions ({@code <cache>/<model>/<version>})
   */
  VersionReader(VersionStore store, RegistryStorage storage, Path cache) {
    this.store = store;
    this.storage = storage;
    this.cache = cache;
  }

  /**
   * {@code <java.io.tmpdir>/kefu-registry-cache-<user>/<hash of the root>}: one cache per registry
   * and user, which outlives the process so a restarted consumer does not copy a model again.
   */
  static Path defaultCache(String root) {
    String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
    String key;
    try {
      key =
          ArtifactDigest.copy(
                  new ByteArrayInputStream(root.getBytes(StandardCharsets.UTF_8)),
                  OutputStream.nullOutputStream())
              .substring(0, 16);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Path.of(System.getProperty("java.io.tmpdir"), "kefu-registry-cache-" + user, key);
  }

  ModelVersion load(ModelName model, int version) throws IOException {
    VersionMetadata metadata = store.metadata(model, version);
    Map<String, String> sums = checksums(model, version, metadata);
    String dir = store.versionDir(model, version);
    Optional<Path> local = storage.localPath(dir);
    if (local.isPresent()) {
      verifyInPlace(model, version, local.get(), sums);
      return new ModelVersion(model, version, local.get(), metadata, storage.location(dir));
    }
    Path cached = cache.resolve(model.wireName()).resolve(Integer.toString(version));
    if (Files.isDirectory(cached)) {
      try {
        verifyInPlace(model, version, cached, sums);
        return new ModelVersion(model, version, cached, metadata, storage.location(dir));
      } catch (CorruptArtifactException e) {
        LOG.warn("local copy {} of {}:{} is damaged; copying it again", cached, model, version, e);
        new LocalStorage(cached).deleteTree("");
      }
    }
    copyVerified(model, version, sums, cached);
    return new ModelVersion(model, version, cached, metadata, storage.location(dir));
  }

  ModelVersion materialize(ModelName model, int version, Path target) throws IOException {
    VersionMetadata metadata = store.metadata(model, version);
    Map<String, String> sums = checksums(model, version, metadata);
    if (Files.exists(target) && !isEmptyDirectory(target)) {
      throw new RegistryException(
          "cannot copy "
              + model
              + ":"
              + version
              + " to "
              + target
              + ": it exists and is not empty");
    }
    copyVerified(model, version, sums, target);
    return new ModelVersion(
        model, version, target, metadata, storage.location(store.versionDir(model, version)));
  }

  private Map<String, String> checksums(ModelName model, int version, VersionMetadata metadata)
      throws IOException {
    String file = store.versionDir(model, version) + "/" + ChecksumFile.NAME;
    Map<String, String> sums;
    try {
      sums = ChecksumFile.parse(storage.location(file), store.read(file));
    } catch (NoSuchFileException e) {
      throw new CorruptArtifactException(storage.location(file) + " is missing");
    }
    if (!sums.equals(metadata.files())) {
      throw new CorruptArtifactException(
          model
              + ":"
              + version
              + " is corrupted: SHA256SUMS and metadata.json list different files"
              + " or digests");
    }
    return sums;
  }

  private static void verifyInPlace(
      ModelName model, int version, Path dir, Map<String, String> sums) throws IOException {
    for (Map.Entry<String, String> file : sums.entrySet()) {
      try {
        ArtifactDigest.verify(dir.resolve(file.getKey()), file.getValue());
      } catch (NoSuchFileException e) {
        throw missing(dir.resolve(file.getKey()).toString(), model, version);
      }
    }
  }

  /** Copies into a hidden sibling, checking each file's digest, then renames it to the target. */
  private void copyVerified(ModelName model, int version, Map<String, String> sums, Path target)
      throws IOException {
    String dir = store.versionDir(model, version);
    Path parent = target.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path partial =
        parent.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".partial");
    try {
      for (Map.Entry<String, String> file : sums.entrySet()) {
        String from = dir + "/" + file.getKey();
        Path to = partial.resolve(file.getKey());
        Files.createDirectories(to.getParent());
        try (InputStream in = storage.open(from);
            OutputStream out = Files.newOutputStream(to)) {
          ArtifactDigest.check(
              storage.location(from), ArtifactDigest.copy(in, out), file.getValue());
        } catch (NoSuchFileException e) {
          throw missing(storage.location(from), model, version);
        }
      }
      for (String name : new String[] {ChecksumFile.NAME, VersionStore.METADATA}) {
        Files.write(partial.resolve(name), store.read(dir + "/" + name));
      }
      if (isEmptyDirectory(target)) {
        Files.delete(target);
      }
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
      // Another loader finished the same copy first; it was verified the same way.
      LOG.debug("{} was copied by another loader", target);
    } finally {
      new LocalStorage(partial).deleteTree("");
    }
  }

  private static CorruptArtifactException missing(String location, ModelName model, int version) {
    return new CorruptArtifactException(
        "artifact " + location + " of " + model + ":" + version + " is missing");
  }

  private static boolean isEmptyDirectory(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }
}
