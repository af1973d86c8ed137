package io.kefu.registry.cli;

import io.kefu.registry.promotion.PromotionRequest;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code registry promote NAME:VERSION}: moves an alias, through the gate for production. */
@Command(
    name = "promote",
    mixinStandardHelpOptions = true,
    description = "Point an alias at a version; production must beat the current one.")
final class PromoteCommand implements Callable<Integer> {

  @Mixin RegistryOptions options;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "NAME:VERSION")
  String ref;

  @Option(names = "--alias", defaultValue = "production", description = "default: ${DEFAULT-VALUE}")
  String alias;

  @Option(names = "--metric", defaultValue = "macro_f1", description = "default: ${DEFAULT-VALUE}")
  String metric;

  @Option(names = "--margin", defaultValue = "0.0", description = "default: ${DEFAULT-VALUE}")
  double margin;

  @Option(names = "--force", description = "skip the metric comparison; needs --reason")
  boolean force;

  @Option(names = "--reason", paramLabel = "TEXT", description = "why, kept in the audit log")
  String reason;

  @Override
  public Integer call() {
    ModelRef model = ModelRef.parse(ref);
    int version = model.requireVersion();
    PromotionRequest request =
        new PromotionRequest(model.name(), version, alias, metric, margin, null, reason, force);
    options.open().promote(request);
    spec.commandLine()
        .getOut()
        .println(alias + " of " + model.name() + " is now version " + version);
    return 0;
  }
}
