package io.kefu.registry.cli;

import io.kefu.registry.ModelRegistry;
import io.kefu.registry.VersionMetadata;
import io.kefu.registry.provenance.DataFingerprint;
import io.kefu.registry.provenance.ModelProvenance;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code registry show NAME[:VERSION]}: a version's provenance, metrics, aliases, tags, files. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "Show a version (default: production, else the latest).")
final class ShowCommand implements Callable<Integer> {

  @Mixin RegistryOptions options;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "NAME[:VERSION]")
  String ref;

  @Override
  public Integer call() {
    ModelRegistry registry = options.open();
    ModelRef model = ModelRef.parse(ref);
    int version = model.resolve(registry);
    VersionMetadata meta = registry.metadata(model.name(), version);
    PrintWriter out = spec.commandLine().getOut();
    provenanceTable(model.name() + ":" + version, meta).print(out);
    out.println();
    TextTable metrics = new TextTable("METRIC", "VALUE");
    new TreeMap<>(meta.provenance().metrics())
        .forEach((k, v) -> metrics.row(k, String.format(Locale.ROOT, "%.4f", v)));
    metrics.print(out);
    out.println();
    TextTable labels = new TextTable("ALIAS / TAG", "VALUE");
    registry.aliases(model.name()).aliases().entrySet().stream()
        .filter(e -> e.getValue() == version)
        .forEach(e -> labels.row("alias", e.getKey()));
    registry
        .tags(model.name())
        .getOrDefault(version, Map.of())
        .forEach((k, v) -> labels.row("tag", k + "=" + v));
    labels.print(out);
    out.println();
    TextTable files = new TextTable("FILE", "SHA-256");
    meta.files().forEach(files::row);
    files.print(out);
    return 0;
  }

  private static TextTable provenanceTable(String ref, VersionMetadata meta) {
    ModelProvenance p = meta.provenance();
    DataFingerprint data = p.data();
    TextTable table = new TextTable("FIELD", "VALUE");
    table
        .row("version", ref)
        .row("registered", meta.registeredAt() + " by " + meta.registeredBy())
        .row("code version", p.codeVersion())
        .row("trained at", p.trainedAt())
        .row("seed", p.seed())
        .row("parameters", new TreeMap<>(p.parameters()))
        .row("data paths", data == null ? null : String.join(", ", data.paths()))
        .row("data rows", data == null ? null : new TreeMap<>(data.rowCounts()))
        .row("data hash", data == null ? null : data.contentHash())
        .row("test set", p.testSetFingerprint())
        .row("labels", String.join(", ", p.labels()))
        .row("libraries", new TreeMap<>(p.libraryVersions()))
        .row("java", p.javaVersion())
        .row("os/arch", p.osArch());
    return table;
  }
}
