package io.kefu.registry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.registry.ModelRegistry;
import io.kefu.registry.TestModels;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RegistryCommandTest {

  @TempDir Path dir;
  private Path root;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void registerTwoVersions() throws Exception {
    root = dir.resolve("registry");
    ModelRegistry registry = ModelRegistry.open(root);
    Path artifacts = TestModels.artifacts(dir, "trained", 1);
    registry.register("intent", artifacts, TestModels.provenance(0.80));
    registry.register("intent", artifacts, TestModels.provenance(0.75));
  }

  private int run(String... args) {
    CommandLine cli = RegistryCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    String[] withRoot = new String[args.length + 2];
    System.arraycopy(args, 0, withRoot, 0, args.length);
    withRoot[args.length] = "--registry";
    withRoot[args.length + 1] = root.toString();
    return cli.execute(withRoot);
  }

  @Test
  void listPrintsOneRowPerModelWithAliasesAndTheLatestMetric() {
    assertThat(run("promote", "intent:1")).isZero();
    out.getBuffer().setLength(0);

    assertThat(run("list")).isZero();

    assertThat(out.toString().lines().toList())
        .hasSize(2)
        .first()
        .asString()
        .startsWith("MODEL   VERSIONS  PRODUCTION  STAGING  LATEST  LATEST METRIC");
    assertThat(out.toString())
        .contains("intent  2         1           -        2       macro_f1=0.7500");
  }

  @Test
  void showPrintsProvenanceMetricsAliasesTagsAndFiles() {
    run("promote", "intent:1");
    run("tag", "intent:1", "validation=passed");
    out.getBuffer().setLength(0);

    assertThat(run("show", "intent")).isZero();

    assertThat(out.toString())
        .contains("intent:1", "3f2a9c1", "sha256:abc", "macro_f1  0.8000")
        .contains("alias        production", "tag          validation=passed")
        .containsPattern("model\\.bin\\s+[0-9a-f]{64}");
  }

  @Test
  void aRefusedPromotionExitsNonZeroWithOneLineNamingBothFigures() {
    run("promote", "intent:1");

    assertThat(run("promote", "intent:2")).isEqualTo(1);

    assertThat(err.toString().lines()).hasSize(1);
    assertThat(err.toString()).startsWith("error: ").contains("0.7500", "0.8000");
  }

  @Test
  void aPipelinePromotesTheLatestAndTellsARefusalByItsOwnExitCode() {
    assertThat(run("promote", "intent:1", "--exit-code-when-refused", "4")).isZero();
    assertThat(out.toString()).contains("now version 1");

    assertThat(run("promote", "intent:latest", "--exit-code-when-refused", "4")).isEqualTo(4);
    assertThat(err.toString()).startsWith("intent:2 refused: ").contains("0.7500", "0.8000");
    assertThat(run("tag", "intent:latest", "checked=yes")).isZero();
    assertThat(out.toString()).contains("intent:2 tagged checked=yes");
  }

  @Test
  void aForcedPromotionNeedsAReasonAndShowsInHistory() {
    run("promote", "intent:1");
    assertThat(run("promote", "intent:2", "--force")).isEqualTo(1);
    assertThat(err.toString()).contains("--reason");

    assertThat(run("promote", "intent:2", "--force", "--reason", "hotfix")).isZero();
    assertThat(run("rollback", "intent")).isZero();
    out.getBuffer().setLength(0);
    assertThat(run("history", "intent")).isZero();

    assertThat(out.toString())
        .contains("promote-forced", "hotfix", "rollback")
        .containsPattern("register\\s+-\\s+1");
  }

  @Test
  void anUnknownModelIsAOneLineErrorNamingTheAcceptedNames() {
    assertThat(run("show", "intnet")).isEqualTo(1);

    assertThat(err.toString().strip())
        .isEqualTo("error: unknown model 'intnet': expected one of intent, sentiment, faq");
  }

  @Test
  void aMissingArgumentIsAUsageError() {
    assertThat(run("promote")).isEqualTo(2);

    assertThat(err.toString()).startsWith("error: Missing required parameter");
  }
}
