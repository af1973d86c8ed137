package io.kefu.registry.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code registry rollback NAME}: production goes back to its previous version. */
@Command(
    name = "rollback",
    mixinStandardHelpOptions = true,
    description = "Restore the previous production version.")
final class RollbackCommand implements Callable<Integer> {

  @Mixin RegistryOptions options;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "NAME")
  String name;

  @Option(names = "--reason", paramLabel = "TEXT", description = "why, kept in the audit log")
  String reason;

  @Override
  public Integer call() {
    int restored = options.open().rollback(ModelRef.parse(name).name(), reason);
    spec.commandLine()
        .getOut()
        .println("production of " + name + " is back to version " + restored);
    return 0;
  }
}
