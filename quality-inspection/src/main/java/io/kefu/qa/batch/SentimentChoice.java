package io.kefu.qa.batch;

import io.kefu.registry.ModelRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which sentiment the model-based rules use, decided once on the driver: the registry's production
 * {@code sentiment} model when there is one, else the ingest job's lexicon, with the reason.
 *
 * @param registryRoot the registry used, or null
 * @param version the production sentiment version, or null for the lexicon
 * @param why one line for the terminal and the report
 */
public record SentimentChoice(String registryRoot, Integer version, String why) {

  /** The sentiment source the inspections record. */
  public String source() {
    return version == null ? "lexicon" : "model:sentiment:" + version;
  }

  /**
   * Looks for a production sentiment model in {@code registryRoot} (null: {@code $KEFU_REGISTRY},
   * else {@code ./.kefu/registry}).
   */
  public static SentimentChoice decide(String registryRoot) {
    String root = registryRoot != null ? registryRoot : ModelRegistry.rootFromEnvironment();
    if (!root.contains("://") && !Files.isDirectory(Path.of(root))) {
      if (registryRoot != null) {
        throw new IllegalArgumentException("--registry " + registryRoot + " is not a directory");
      }
      return lexicon("no model registry at " + root);
    }
    Optional<Integer> production = ModelRegistry.open(root).aliasVersion("sentiment", "production");
    if (production.isEmpty()) {
      return lexicon("the registry at " + root + " has no production sentiment model");
    }
    return new SentimentChoice(
        root,
        production.get(),
        "sentiment model sentiment:" + production.get() + " (production) from " + root);
  }

  private static SentimentChoice lexicon(String reason) {
    return new SentimentChoice(null, null, "sentiment lexicon: " + reason);
  }
}
