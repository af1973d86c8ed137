package io.kefu.registry.provenance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a model version came from, in the spirit of Tribuo's {@code ModelProvenance}: the data, the
 * trainer's parameters and seed, the code and library versions, the runtime, and the figures
 * measured on the held-out test split. The promotion gate refuses a model whose provenance is
 * incomplete (no data fingerprint or no code version).
 *
 * @param data the training data's fingerprint
 * @param parameters the trainer's hyper-parameters as JSON values (numbers, strings, booleans,
 *     lists and nested maps), taken from its configuration records; versions registered before this
 *     was structured hold strings
 * @param seed the random seed of the training
 * @param codeVersion the git commit of the training code
 * @param libraryVersions library name to version (for example {@code deeplearning4j}), and the
 *     project's own ({@code kefu})
 * @param javaVersion {@code java.version} of the training JVM
 * @param osArch {@code os.name/os.arch} of the training machine
 * @param trainedAt when the training finished, ISO-8601 UTC
 * @param metrics metric name (for example {@code macro_f1}) to value on the test split
 * @param testSetFingerprint identifies the test split; only models measured on the same test set
 *     are compared
 * @param labels the label set the model predicts
 */
public record ModelProvenance(
    DataFingerprint data,
    Map<String, Object> parameters,
    long seed,
    String codeVersion,
    Map<String, String> libraryVersions,
    String javaVersion,
    String osArch,
    String trainedAt,
    Map<String, Double> metrics,
    String testSetFingerprint,
    List<String> labels) {

  public ModelProvenance {
    parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    libraryVersions = libraryVersions == null ? Map.of() : Map.copyOf(libraryVersions);
    metrics = metrics == null ? Map.of() : Map.copyOf(metrics);
    labels = labels == null ? List.of() : List.copyOf(labels);
    if (trainedAt != null) {
      Instant.parse(trainedAt);
    }
  }

  /** The Java version and OS/architecture of the running JVM, for a trainer to record. */
  public static String currentJavaVersion() {
    return System.getProperty("java.version");
  }

  /** {@code os.name/os.arch} of the running JVM. */
  public static String currentOsArch() {
    return System.getProperty("os.name") + "/" + System.getProperty("os.arch");
  }

  /** The value of a metric on the test split, if it was measured. */
  public Optional<Double> metric(String name) {
    return Optional.ofNullable(metrics.get(name));
  }

  /** What a promotion needs and this provenance lacks; empty when complete. */
  public List<String> missing() {
    List<String> missing = new ArrayList<>();
    if (data == null || !data.isComplete()) {
      missing.add("data fingerprint (paths and content hash)");
    }
    if (codeVersion == null || codeVersion.isBlank()) {
      missing.add("code version (git commit)");
    }
    return missing;
  }
}
