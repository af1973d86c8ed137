package io.kefu.registry;

import io.kefu.core.model.ModelName;
import io.kefu.registry.artifact.ArtifactDigest;
import io.kefu.registry.storage.RegistryStorage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The immutable version folders of each model ({@code <model>/versions/<n>}). A version is
 * assembled in a private staging folder ({@code <model>/.staging/<uuid>}); its number is then
 * claimed by creating {@code <model>/versions/<n>.claim} exclusively, and the staged folder renamed
 * to {@code versions/<n>}. Readers never see a half-written version (on stores with atomic
 * renames), and two writers never share a number, with or without the registry lock.
 */
final class VersionStore {

  static final String METADATA = "metadata.json";
  private static final String VERSIONS = "versions";
  private static final String CLAIM = ".claim";
  private static final String NUMBER = "[1-9]\\d{0,8}";
  private static final int MAX_CLAIM_ATTEMPTS = 1000;

  private final RegistryStorage storage;

  VersionStore(RegistryStorage storage) {
    this.storage = storage;
  }

  String modelDir(ModelName model) {
    return model.wireName();
  }

  String versionDir(ModelName model, int version) {
    return model.wireName() + "/" + VERSIONS + "/" + version;
  }

  /** Copies the artifacts and writes SHA256SUMS and metadata.json into a fresh staging folder. */
  String stage(ModelName model, Path artifactDir, VersionMetadata draft) throws IOException {
    Map<String, Path> files = artifactFiles(artifactDir);
    String staging = model.wireName() + "/.staging/" + UUID.randomUUID();
    try {
      Map<String, String> digests = new TreeMap<>();
      for (Map.Entry<String, Path> file : files.entrySet()) {
        try (InputStream in = Files.newInputStream(file.getValue());
            OutputStream out = storage.create(staging + "/" + file.getKey())) {
          digests.put(file.getKey(), ArtifactDigest.copy(in, out));
        }
      }
      write(staging + "/" + ChecksumFile.NAME, ChecksumFile.format(digests));
      VersionMetadata metadata =
          new VersionMetadata(
              draft.model(),
              draft.registeredAt(),
              draft.registeredBy(),
              draft.provenance(),
              digests);
      write(staging + "/" + METADATA, RegistryJson.FILES.writeValueAsBytes(metadata));
      return staging;
    } catch (IOException | RuntimeException e) {
      storage.deleteTree(staging);
      throw e;
    }
  }

  /**
   * Claims the next free version number and moves the staged folder there. Needs no lock: of the
   * writers racing for a number, one creates its claim and the others move on to the next.
   */
  int commit(ModelName model, String staging) throws IOException {
    String versions = model.wireName() + "/" + VERSIONS;
    int next = highestNumber(storage.list(versions)) + 1;
    byte[] claim =
        RegistryJson.MAPPER.writeValueAsBytes(
            Map.of("staging", staging, "claimedAt", Instant.now().toString()));
    for (int attempt = 0; attempt < MAX_CLAIM_ATTEMPTS; attempt++, next++) {
      if (!storage.createExclusive(versions + "/" + next + CLAIM, claim)) {
        continue;
      }
      try {
        storage.renameDirectory(staging, versionDir(model, next));
        return next;
      } catch (FileAlreadyExistsException e) {
        // A version folder whose claim was removed by hand; leave it alone and take the next.
      }
    }
    throw new RegistryException(
        "no free version number for "
            + model
            + " after "
            + MAX_CLAIM_ATTEMPTS
            + " attempts under "
            + storage.location(versions));
  }

  List<Integer> versions(ModelName model) throws IOException {
    List<Integer> versions = new ArrayList<>();
    for (String name : storage.list(model.wireName() + "/" + VERSIONS)) {
      if (name.matches(NUMBER)) {
        versions.add(Integer.valueOf(name));
      }
    }
    versions.sort(Comparator.naturalOrder());
    return versions;
  }

  VersionMetadata metadata(ModelName model, int version) throws IOException {
    try {
      return RegistryJson.MAPPER.readValue(
          read(versionDir(model, version) + "/" + METADATA), VersionMetadata.class);
    } catch (NoSuchFileException e) {
      throw new RegistryException(
          "model " + model + " has no version " + version + "; versions: " + versions(model));
    }
  }

  byte[] read(String path) throws IOException {
    try (InputStream in = storage.open(path)) {
      return in.readAllBytes();
    }
  }

  private void write(String path, byte[] content) throws IOException {
    try (OutputStream out = storage.create(path)) {
      out.write(content);
    }
  }

  /** Both finished versions and claims count, so a claim whose rename is under way is skipped. */
  private static int highestNumber(List<String> names) {
    int highest = 0;
    for (String name : names) {
      String number =
          name.endsWith(CLAIM) ? name.substring(0, name.length() - CLAIM.length()) : name;
      if (number.matches(NUMBER)) {
        highest = Math.max(highest, Integer.parseInt(number));
      }
    }
    return highest;
  }

  /** The regular files of an artifact folder by their {@code /}-separated relative path. */
  private static Map<String, Path> artifactFiles(Path from) throws IOException {
    if (!Files.isDirectory(from)) {
      throw new RegistryException("artifact folder " + from + " does not exist");
    }
    Map<String, Path> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        String relative = from.relativize(file).toString().replace('\\', '/');
        if (relative.equals(METADATA) || relative.equals(ChecksumFile.NAME)) {
          throw new RegistryException(
              "artifact folder "
                  + from
                  + " must not contain "
                  + relative
                  + ": the registry writes it");
        }
        files.put(relative, file);
      }
    }
    if (files.isEmpty()) {
      throw new RegistryException("artifact folder " + from + " has no files");
    }
    return files;
  }
}
