package io.kefu.registry.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code registry tag NAME:VERSION KEY=VALUE}: records a state such as validation=passed. */
@Command(name = "tag", mixinStandardHelpOptions = true, description = "Tag a version.")
final class TagCommand implements Callable<Integer> {

  @Mixin RegistryOptions options;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME:VERSION")
  String ref;

  @Parameters(index = "1", paramLabel = "KEY=VALUE")
  String tag;

  @Override
  public Integer call() {
    ModelRef model = ModelRef.parse(ref);
    int eq = tag.indexOf('=');
    if (eq <= 0) {
      throw new IllegalArgumentException(
          "tag must be KEY=VALUE, as in validation=passed, not '" + tag + "'");
    }
    io.kefu.registry.ModelRegistry registry = options.open();
    int version = model.requireVersion(registry);
    registry.tag(model.name(), version, tag.substring(0, eq), tag.substring(eq + 1));
    spec.commandLine().getOut().println(model.name() + ":" + version + " tagged " + tag);
    return 0;
  }
}
