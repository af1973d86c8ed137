package io.kefu.registry;

import io.kefu.registry.artifact.ArtifactDigest;
import io.kefu.registry.artifact.CorruptArtifactException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The immutable version folders of each model ({@code <root>/<model>/versions/<n>}). A version is
 * assembled in a private staging folder and renamed into place, so readers never see a half written
 * version and two writers never share a number.
 */
final class VersionStore {

  static final String METADATA = "metadata.json";

  private final Path root;

  VersionStore(Path root) {
    this.root = root;
  }

  Path modelDir(ModelName model) {
    return root.resolve(model.id());
  }

  Path versionDir(ModelName model, int version) {
    return modelDir(model).resolve("versions").resolve(Integer.toString(version));
  }

  /** Copies the artifacts and writes SHA256SUMS and metadata.json into a fresh staging folder. */
  Path stage(ModelName model, Path artifactDir, VersionMetadata draft) throws IOException {
    if (!Files.isDirectory(artifactDir)) {
      throw new RegistryException("artifact folder " + artifactDir + " does not exist");
    }
    Path staging = modelDir(model).resolve(".staging").resolve(UUID.randomUUID().toString());
    Files.createDirectories(staging);
    try {
      Map<String, String> digests = copyArtifacts(artifactDir, staging);
      ChecksumFile.write(staging.resolve(ChecksumFile.NAME), digests);
      VersionMetadata metadata =
          new VersionMetadata(
              draft.model(),
              draft.registeredAt(),
              draft.registeredBy(),
              draft.provenance(),
              digests);
      RegistryJson.FILES.writeValue(staging.resolve(METADATA).toFile(), metadata);
      return staging;
    } catch (IOException | RuntimeException e) {
      deleteTree(staging);
      throw e;
    }
  }

  /** Moves a staged folder to the next free version; the caller holds the registry lock. */
  int commit(ModelName model, Path staging) throws IOException {
    int version = versions(model).stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
    Path target = versionDir(model, version);
    Files.createDirectories(target.getParent());
    Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    return version;
  }

  List<Integer> versions(ModelName model) throws IOException {
    Path dir = modelDir(model).resolve("versions");
    List<Integer> versions = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return versions;
    }
    try (Stream<Path> children = Files.list(dir)) {
      children
          .map(p -> p.getFileName().toString())
          .filter(n -> n.matches("[1-9]\\d{0,8}"))
          .map(Integer::valueOf)
          .forEach(versions::add);
    }
    versions.sort(Comparator.naturalOrder());
    return versions;
  }

  VersionMetadata metadata(ModelName model, int version) throws IOException {
    Path file = versionDir(model, version).resolve(METADATA);
    if (!Files.exists(file)) {
      throw new RegistryException(
          "model " + model + " has no version " + version + "; versions: " + versions(model));
    }
    return RegistryJson.MAPPER.readValue(file.toFile(), VersionMetadata.class);
  }

  /** Reads a version and checks every artifact against the digest recorded for it. */
  ModelVersion load(ModelName model, int version) throws IOException {
    VersionMetadata metadata = metadata(model, version);
    Path dir = versionDir(model, version);
    Map<String, String> sums = ChecksumFile.read(dir.resolve(ChecksumFile.NAME));
    if (!sums.equals(metadata.files())) {
      throw new CorruptArtifactException(
          model
              + ":"
              + version
              + " is corrupted: SHA256SUMS and metadata.json list different files"
              + " or digests");
    }
    for (Map.Entry<String, String> file : sums.entrySet()) {
      try {
        ArtifactDigest.verify(dir.resolve(file.getKey()), file.getValue());
      } catch (NoSuchFileException e) {
        throw new CorruptArtifactException(
            "artifact "
                + dir.resolve(file.getKey())
                + " of "
                + model
                + ":"
                + version
                + " is missing");
      }
    }
    return new ModelVersion(model, version, dir, metadata);
  }

  private static Map<String, String> copyArtifacts(Path from, Path to) throws IOException {
    Map<String, String> digests = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(from)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      String relative = from.relativize(file).toString().replace('\\', '/');
      if (relative.equals(METADATA) || relative.equals(ChecksumFile.NAME)) {
        throw new RegistryException(
            "artifact folder "
                + from
                + " must not contain "
                + relative
                + ": the registry writes it");
      }
      Path target = to.resolve(relative);
      Files.createDirectories(target.getParent());
      Files.copy(file, target);
      digests.put(relative, ArtifactDigest.sha256(target));
    }
    if (digests.isEmpty()) {
      throw new RegistryException("artifact folder " + from + " has no files");
    }
    return digests;
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
