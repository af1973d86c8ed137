package io.kefu.dags.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A pipeline of {@code dags/pipelines.yaml}: its steps, what each waits for, when it runs.
 *
 * @param schedule a cron expression, or null when it runs only when triggered
 * @param params default values of the placeholders a run can override
 */
public record Pipeline(
    String name,
    String description,
    String schedule,
    Map<String, String> params,
    List<PipelineStep> steps) {

  public Pipeline {
    params = params == null ? Map.of() : Map.copyOf(params);
    steps = List.copyOf(steps);
    Map<String, PipelineStep> byId = new HashMap<>();
    for (PipelineStep step : steps) {
      if (byId.put(step.id(), step) != null) {
        throw new IllegalArgumentException(name + ": two steps are called " + step.id());
      }
    }
    for (PipelineStep step : steps) {
      for (String dependency : step.after()) {
        if (!byId.containsKey(dependency)) {
          throw new IllegalArgumentException(
              name + ": step " + step.id() + " waits for " + dependency + ", which is no step");
        }
      }
    }
    order(name, steps);
  }

  /** The steps in an order that runs every step after what it waits for (file order on ties). */
  public List<PipelineStep> inOrder() {
    return order(name, steps);
  }

  private static List<PipelineStep> order(String name, List<PipelineStep> steps) {
    Map<String, Integer> state = new LinkedHashMap<>(); // 1 visiting, 2 done
    Map<String, PipelineStep> byId = new LinkedHashMap<>();
    steps.forEach(s -> byId.put(s.id(), s));
    List<PipelineStep> out = new ArrayList<>();
    for (PipelineStep step : steps) {
      visit(name, step, byId, state, out, new ArrayList<>());
    }
    return out;
  }

  private static void visit(
      String name,
      PipelineStep step,
      Map<String, PipelineStep> byId,
      Map<String, Integer> state,
      List<PipelineStep> out,
      List<String> path) {
    Integer seen = state.get(step.id());
    if (seen != null && seen == 2) {
      return;
    }
    path.add(step.id());
    if (seen != null) {
      throw new IllegalArgumentException(name + " has a cycle: " + String.join(" → ", path));
    }
    state.put(step.id(), 1);
    for (String dependency : step.after()) {
      visit(name, byId.get(dependency), byId, state, out, path);
    }
    state.put(step.id(), 2);
    path.remove(path.size() - 1);
    out.add(step);
  }
}
