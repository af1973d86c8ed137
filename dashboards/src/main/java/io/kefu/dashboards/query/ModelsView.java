package io.kefu.dashboards.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefu.core.model.ModelName;
import io.kefu.registry.AliasState;
import io.kefu.registry.ModelRegistry;
import io.kefu.registry.RegistryException;
import io.kefu.registry.VersionMetadata;
import io.kefu.registry.audit.AuditEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The models page, read through the registry's Java API: each model's aliases and versions with
 * their metrics, the audit history (registrations, promotions, refusals, rollbacks), each version's
 * evaluation page, and the production FAQ model's suggested cluster titles for the hot-issues page.
 */
public final class ModelsView {

  private static final Logger LOG = LoggerFactory.getLogger(ModelsView.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ModelRegistry registry;
  // titles per production FAQ version: a promotion changes the version and so the titles
  private final Map<Integer, Map<String, String>> faqTitles = new ConcurrentHashMap<>();
  // a version never changes, so its baseline figures are read once
  private final Map<String, Map<String, Double>> baselines = new ConcurrentHashMap<>();

  /**
   * @param registry null when the dashboards run without a registry (the page says so)
   */
  public ModelsView(ModelRegistry registry) {
    this.registry = registry;
  }

  public Map<String, Object> models() {
    List<Map<String, Object>> models = new ArrayList<>();
    if (registry != null) {
      for (ModelName model : registry.models()) {
        String name = model.wireName();
        AliasState aliases = registry.aliases(name);
        Map<Integer, Map<String, String>> tags = registry.tags(name);
        List<Map<String, Object>> versions = new ArrayList<>();
        for (int version : registry.versions(name)) {
          VersionMetadata meta = registry.metadata(name, version);
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("version", version);
          row.put("created_at", meta.registeredAt());
          row.put("registered_by", meta.registeredBy());
          row.put("trained_at", meta.provenance().trainedAt());
          row.put("metrics", meta.provenance().metrics());
          row.put("test_set", meta.provenance().testSetFingerprint());
          row.put("tags", tags.getOrDefault(version, Map.of()));
          row.put("baseline", baseline(name, version, meta));
          row.put("evaluation", meta.files().containsKey("evaluation.html"));
          versions.add(row);
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", name);
        row.put("aliases", aliases.aliases());
        row.put("versions", versions);
        models.add(row);
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("registry", registry == null ? null : registry.location());
    out.put("models", models);
    return out;
  }

  public Map<String, Object> history(String name) {
    List<AuditEntry> events = registry == null ? List.of() : registry.history(model(name));
    return Map.of("events", events);
  }

  /** A version's evaluation page, as the trainer wrote it. */
  public String evaluationPage(String name, String version) {
    if (registry == null || !version.matches("[1-9]\\d{0,8}")) {
      throw new NotFoundException("no such model version");
    }
    try {
      Path page = registry.load(model(name), Integer.parseInt(version)).artifact("evaluation.html");
      if (!Files.isRegularFile(page)) {
        throw new NotFoundException(name + ":" + version + " has no evaluation page");
      }
      return Files.readString(page);
    } catch (IOException | RegistryException e) {
      throw new NotFoundException(name + ":" + version + ": " + e.getMessage());
    }
  }

  /**
   * The figures of the baseline the trainer measured on the same split ({@code evaluation.json}'s
   * {@code baseline}), empty when it has none (the FAQ model).
   */
  private Map<String, Double> baseline(String name, int version, VersionMetadata meta) {
    if (!meta.files().containsKey("evaluation.json")) {
      return Map.of();
    }
    return baselines.computeIfAbsent(
        name + ":" + version,
        key -> {
          Map<String, Double> figures = new LinkedHashMap<>();
          try {
            JsonNode baseline =
                JSON.readTree(registry.load(name, version).artifact("evaluation.json").toFile())
                    .path("baseline");
            baseline
                .fields()
                .forEachRemaining(
                    e -> {
                      // only figures the version itself reports: they are what compares
                      if (e.getValue().isNumber()
                          && meta.provenance().metrics().containsKey(e.getKey())) {
                        figures.put(e.getKey(), e.getValue().asDouble());
                      }
                    });
          } catch (IOException | RuntimeException e) {
            LOG.warn("{} has no readable evaluation.json", key, e);
          }
          return figures;
        });
  }

  /**
   * The suggested titles of the production FAQ model's clusters by cluster id; empty without a
   * registry or a production FAQ model. Read once per version: a promotion changes the version.
   */
  public Map<String, String> faqTitles() {
    if (registry == null) {
      return Map.of();
    }
    try {
      Optional<Integer> production =
          registry.aliasVersion(ModelName.FAQ.wireName(), AliasState.PRODUCTION);
      return production.isEmpty()
          ? Map.of()
          : faqTitles.computeIfAbsent(production.get(), this::readTitles);
    } catch (RuntimeException e) {
      LOG.warn("cannot read the FAQ model's cluster titles", e);
      return Map.of();
    }
  }

  private Map<String, String> readTitles(int version) {
    Map<String, String> titles = new LinkedHashMap<>();
    try {
      Path evaluation =
          registry.load(ModelName.FAQ.wireName(), version).artifact("evaluation.json");
      JsonNode clusters = JSON.readTree(evaluation.toFile()).path("clusters");
      for (JsonNode cluster : clusters) {
        titles.put(cluster.path("id").asText(), cluster.path("title").asText(""));
      }
    } catch (IOException e) {
      LOG.warn("faq:{} has no readable evaluation.json", version, e);
    }
    return titles;
  }

  private static String model(String name) {
    try {
      return ModelName.parse(name).wireName();
    } catch (IllegalArgumentException e) {
      throw new NotFoundException(e.getMessage());
    }
  }
}
