package io.kefu.dags.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefu.dags.pipeline.StepResult.Status;
import java.util.List;
import java.util.Locale;

/**
 * The end of a local run for people: what was trained with its figures against the baseline, what
 * the gate decided with both figures, and which steps failed or did not run and why.
 */
final class RunSummary {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RunSummary() {}

  static String render(Pipeline pipeline, List<StepResult> results, double seconds) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "[%s] summary after %.0f s%n", pipeline.name(), seconds));
    for (StepResult r : results) {
      if (r.id().startsWith("train_") && r.status() == Status.SUCCEEDED) {
        out.append("  trained  ").append(trained(r.lastLine())).append('\n');
      }
    }
    for (StepResult r : results) {
      if (r.id().startsWith("promote_")) {
        String decision =
            switch (r.status()) {
              case SUCCEEDED -> "promoted: " + r.lastLine();
              case SKIPPED ->
                  r.lastLine().contains("refused") ? r.lastLine() : "refused: " + r.lastLine();
              default ->
                  r.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                      + ": "
                      + r.lastLine();
            };
        out.append("  gate     ")
            .append(r.id().substring("promote_".length()))
            .append(": ")
            .append(decision)
            .append('\n');
      }
    }
    long failed = results.stream().filter(StepResult::failed).count();
    long notRun = results.stream().filter(r -> r.status() == Status.NOT_RUN).count();
    out.append(
        String.format(
            Locale.ROOT,
            "  steps    %d succeeded, %d skipped by decision, %d failed, %d not run%n",
            results.stream().filter(r -> r.status() == Status.SUCCEEDED).count(),
            results.stream().filter(r -> r.status() == Status.SKIPPED).count(),
            failed,
            notRun));
    for (StepResult r : results) {
      if (r.failed() || r.status() == Status.NOT_RUN) {
        out.append("  ")
            .append(r.status() == Status.NOT_RUN ? "not run  " : "FAILED   ")
            .append(r.id())
            .append(": ")
            .append(r.lastLine())
            .append('\n');
      }
    }
    return out.toString();
  }

  /** {@code intent v3: macro_f1 0.874 (baseline 0.806)} from a train step's JSON line. */
  static String trained(String line) {
    try {
      JsonNode n = JSON.readTree(line);
      StringBuilder out = new StringBuilder(n.path("model").asText("?"));
      out.append(" v").append(n.path("version").asText("?"));
      for (String metric : List.of("macro_f1", "nmi", "silhouette")) {
        if (n.has(metric)) {
          out.append(String.format(Locale.ROOT, ": %s %.4f", metric, n.get(metric).asDouble()));
          if (n.has("baseline_" + metric)) {
            out.append(
                String.format(
                    Locale.ROOT, " (baseline %.4f)", n.get("baseline_" + metric).asDouble()));
          }
          break;
        }
      }
      return out.toString();
    } catch (java.io.IOException | RuntimeException e) {
      return line;
    }
  }
}
