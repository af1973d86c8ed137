package io.kefu.registry.cli;

import io.kefu.core.model.ModelName;
import io.kefu.registry.AliasState;
import io.kefu.registry.ModelRegistry;
import io.kefu.registry.promotion.PromotionRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code registry list}: one row per model with versions, aliases and the latest's main metric. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the models.")
final class ListCommand implements Callable<Integer> {

  @Mixin RegistryOptions options;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    ModelRegistry registry = options.open();
    TextTable table =
        new TextTable("MODEL", "VERSIONS", "PRODUCTION", "STAGING", "LATEST", "LATEST METRIC");
    for (ModelName model : registry.models()) {
      List<Integer> versions = registry.versions(model.wireName());
      int latest = versions.get(versions.size() - 1);
      AliasState aliases = registry.aliases(model.wireName());
      table.row(
          model.wireName(),
          versions.size(),
          aliases.version(AliasState.PRODUCTION).orElse(null),
          aliases.version(AliasState.STAGING).orElse(null),
          latest,
          mainMetric(registry.metadata(model.wireName(), latest).provenance().metrics()));
    }
    table.print(spec.commandLine().getOut());
    return 0;
  }

  /** macro_f1 when measured, else the first metric by name: the figure the gate uses by default. */
  static String mainMetric(Map<String, Double> metrics) {
    String name =
        metrics.containsKey(PromotionRequest.DEFAULT_METRIC)
            ? PromotionRequest.DEFAULT_METRIC
            : metrics.keySet().stream().sorted().findFirst().orElse(null);
    return name == null ? null : String.format(Locale.ROOT, "%s=%.4f", name, metrics.get(name));
  }
}
