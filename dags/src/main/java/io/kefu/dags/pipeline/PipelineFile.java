package io.kefu.dags.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code dags/pipelines.yaml}, the one definition the DAGs and {@code ./kefu retrain} share.
 */
public final class PipelineFile {

  /** Where the file lives in the checkout. */
  public static final Path DEFAULT = Path.of("dags", "pipelines.yaml");

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private PipelineFile() {}

  /** Every pipeline of the file, in file order. */
  public static Map<String, Pipeline> read(Path file) {
    JsonNode root;
    try {
      root = YAML.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    if (root == null || !root.path("pipelines").isObject()) {
      throw new IllegalArgumentException(file + " has no 'pipelines:' mapping");
    }
    Map<String, Pipeline> pipelines = new LinkedHashMap<>();
    root.path("pipelines")
        .fields()
        .forEachRemaining(e -> pipelines.put(e.getKey(), pipeline(e.getKey(), e.getValue())));
    return pipelines;
  }

  /** One pipeline by name, or an error listing the names there are. */
  public static Pipeline read(Path file, String name) {
    Map<String, Pipeline> all = read(file);
    Pipeline pipeline = all.get(name);
    if (pipeline == null) {
      throw new IllegalArgumentException(
          file + " has no pipeline " + name + "; it has " + String.join(", ", all.keySet()));
    }
    return pipeline;
  }

  private static Pipeline pipeline(String name, JsonNode node) {
    List<PipelineStep> steps = new ArrayList<>();
    for (JsonNode step : node.path("steps")) {
      List<String> after = new ArrayList<>();
      step.path("after").forEach(a -> after.add(a.asText()));
      List<Integer> skip = new ArrayList<>();
      step.path("skip_exit_codes").forEach(c -> skip.add(c.asInt()));
      steps.add(
          new PipelineStep(
              step.path("id").asText(null),
              after,
              step.path("command").asText(null),
              step.hasNonNull("cluster") ? step.get("cluster").asText() : null,
              step.path("retries").asInt(0),
              step.path("timeout_minutes").asDouble(60),
              skip));
    }
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("pipeline " + name + " has no steps");
    }
    Map<String, String> params = new LinkedHashMap<>();
    node.path("params")
        .fields()
        .forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
    return new Pipeline(
        name,
        node.path("description").asText(""),
        node.hasNonNull("schedule") ? node.get("schedule").asText() : null,
        params,
        steps);
  }
}
