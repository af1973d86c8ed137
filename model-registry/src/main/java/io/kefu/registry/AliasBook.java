package io.kefu.registry;

import com.fasterxml.jackson.core.type.TypeReference;
import io.kefu.core.model.ModelName;
import io.kefu.registry.storage.RegistryStorage;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
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
  private final RegistryStorage storage;

  AliasBook(VersionStore store, RegistryStorage storage) {
    this.store = store;
    this.storage = storage;
  }

  AliasState aliases(ModelName model) throws IOException {
    try {
      return RegistryJson.MAPPER.readValue(store.read(aliasFile(model)), AliasState.class);
    } catch (NoSuchFileException e) {
      return AliasState.empty();
    }
  }

  void write(ModelName model, AliasState state) throws IOException {
    storage.replace(aliasFile(model), RegistryJson.FILES.writeValueAsBytes(state));
  }

  Map<Integer, Map<String, String>> tags(ModelName model) throws IOException {
    try {
      return new TreeMap<>(RegistryJson.MAPPER.readValue(store.read(tagFile(model)), TAGS));
    } catch (NoSuchFileException e) {
      return new TreeMap<>();
    }
  }

  void tag(ModelName model, int version, String key, String value) throws IOException {
    Map<Integer, Map<String, String>> tags = tags(model);
    tags.computeIfAbsent(version, v -> new TreeMap<>()).put(key, value);
    storage.replace(tagFile(model), RegistryJson.FILES.writeValueAsBytes(tags));
  }

  private String aliasFile(ModelName model) {
    return store.modelDir(model) + "/aliases.json";
  }

  private String tagFile(ModelName model) {
    return store.modelDir(model) + "/tags.json";
  }
}
