package io.kefu.registry;

import io.kefu.registry.provenance.ModelProvenance;
import java.util.Map;
import java.util.TreeMap;

/**
 * The content of a version's {@code metadata.json}: what was registered, when, by whom, its
 * provenance and the SHA-256 of each artifact file (the same figures as {@code SHA256SUMS}).
 *
 * @param model the model name
 * @param registeredAt ISO-8601 UTC instant of the registration
 * @param registeredBy who registered it
 * @param provenance where the model came from
 * @param files artifact path relative to the version folder ({@code /}-separated) to SHA-256 hex
 */
public record VersionMetadata(
    String model,
    String registeredAt,
    String registeredBy,
    ModelProvenance provenance,
    Map<String, String> files) {

  public VersionMetadata {
    files = files == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(files));
  }
}
