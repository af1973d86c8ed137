package io.kefu.registry.cli;

import io.kefu.registry.audit.AuditEntry;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code registry history NAME}: the audit log of a model, oldest first. */
@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    description = "Show a model's audit log.")
final class HistoryCommand implements Callable<Integer> {

  @Mixin RegistryOptions options;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "NAME")
  String name;

  @Override
  public Integer call() {
    TextTable table = new TextTable("WHEN (UTC)", "WHO", "ACTION", "FROM", "TO", "REASON");
    for (AuditEntry e : options.open().history(ModelRef.parse(name).name())) {
      table.row(e.at(), e.who(), e.action().id(), e.from(), e.to(), e.reason());
    }
    table.print(spec.commandLine().getOut());
    return 0;
  }
}
