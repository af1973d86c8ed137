package io.kefu.registry.cli;

import io.kefu.cli.CommandLines;
import io.kefu.registry.ModelRegistry;
import io.kefu.registry.promotion.PromotionRefusedException;
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
    description = {
      "Point an alias at a version (NAME:VERSION, or NAME:latest for the newest); production"
          + " must beat the current one."
    })
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

  @Option(
      names = "--exit-code-when-refused",
      paramLabel = "N",
      defaultValue = "1",
      description =
          "exit code when the gate refuses (default ${DEFAULT-VALUE}, as any failure); a"
              + " pipeline sets its own so that a refusal is a decision, not a failed step")
  int refusedExitCode;

  @Override
  public Integer call() {
    ModelRef model = ModelRef.parse(ref);
    ModelRegistry registry = options.open();
    int version = model.requireVersion(registry);
    PromotionRequest request =
        new PromotionRequest(model.name(), version, alias, metric, margin, null, reason, force);
    try {
      registry.promote(request);
    } catch (PromotionRefusedException e) {
      if (refusedExitCode == CommandLines.FAILED) {
        throw e;
      }
      spec.commandLine().getErr().println(e.getMessage()); // names the refusal and both figures
      return refusedExitCode;
    }
    spec.commandLine()
        .getOut()
        .println(alias + " of " + model.name() + " is now version " + version);
    return 0;
  }
}
