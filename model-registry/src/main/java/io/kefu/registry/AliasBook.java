package io.kefu.registry;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * A model's mutable pointers: {@code aliases.json} and {@code tags.json} (version to tag map). Both
 * are rewritten whole and atomically; writers hold the registry lock.
 */
final class AliasBook {

  private static final TypeReference<Map<Integer, Map<String, String>>> TAGS =
      new TypeReference<>() {};

  private final VersionStore store;

  AliasBook(VersionStore store) {
    this.store = store;
  }

  AliasState aliases(ModelName model) throws IOException {
    Path file = store.modelDir(model).resolve("aliases.json");
    if (!Files.exists(file)) {
      return AliasState.empty();
    }
    return RegistryJson.MAPPER.readValue(file.toFile(), AliasState.class);
  }

  void write(ModelName model, AliasState state) throws IOException {
    AtomicFiles.writeJson(store.modelDir(model).resolve("aliases.json"), state);
  }

  Map<Integer, Map<String, String>> tags(ModelName model) throws IOException {
    Path file = store.modelDir(model).resolve("tags.json");
    if (!Files.exists(file)) {
      return new TreeMap<>();
    }
    return new TreeMap<>(RegistryJson.MAPPER.readValue(file.toFile(), TAGS));
  }

  void tag(ModelName model, int version, String key, String value) throws IOException {
    Map<Integer, Map<String, String>> tags = tags(model);
    tags.computeIfAbsent(version, v -> new TreeMap<>()).put(key, value);
    AtomicFiles.writeJson(store.modelDir(model).resolve("tags.json"), tags);
  }
}
