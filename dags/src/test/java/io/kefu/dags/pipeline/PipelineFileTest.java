package io.kefu.dags.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed pipeline file and the DAG files that read it, checked without Airflow. */
class PipelineFileTest {

  private static final Path DAGS = Path.of("").toAbsolutePath(); // the module folder, dags/
  private static final Path FILE = DAGS.resolve("pipelines.yaml");
  private static final List<String> DAG_FILES =
      List.of("kefu_retrain.py", "kefu_qa_backfill.py", "kefu_data_quality.py");

  @TempDir Path dir;

  @Test
  void theFileHoldsTheThreePipelinesWithoutCycles() {
    Map<String, Pipeline> pipelines = PipelineFile.read(FILE);
    assertThat(pipelines).containsOnlyKeys("kefu_retrain", "kefu_qa_backfill", "kefu_data_quality");
    List<String> retrain =
        pipelines.get("kefu_retrain").inOrder().stream().map(PipelineStep::id).toList();
    assertThat(retrain.get(0)).isEqualTo("ingest");
    assertThat(retrain.indexOf("promote_intent")).isGreaterThan(retrain.indexOf("evaluate_intent"));
    assertThat(retrain.get(retrain.size() - 1)).isEqualTo("notify");
    assertThat(pipelines.get("kefu_retrain").steps())
        .filteredOn(s -> s.id().startsWith("promote_"))
        .allSatisfy(s -> assertThat(s.skipExitCodes()).containsExactly(4));
  }

  @Test
  void everyCommandTheFileNamesIsOneThatKefuHelpLists() throws Exception {
    Set<String> listed = kefuHelpCommands();
    Set<String> named = new TreeSet<>();
    PipelineFile.read(FILE)
        .values()
        .forEach(p -> p.steps().forEach(s -> named.add(s.kefuCommand())));
    assertThat(named).isNotEmpty();
    assertThat(listed).containsAll(named);
  }

  @Test
  void eachDagFileCompilesAndTakesItsStepsFromTheFile() throws Exception {
    for (String file : DAG_FILES) {
      Process compile =
          new ProcessBuilder("python3", "-m", "py_compile", DAGS.resolve(file).toString())
              .redirectErrorStream(true)
              .start();
      String out = new String(compile.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(compile.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(compile.exitValue()).as(file + ": " + out).isZero();
      String source = Files.readString(DAGS.resolve(file));
      String dagId = file.replace(".py", "");
      assertThat(source)
          .contains("build(\"" + dagId + "\")")
          .doesNotContain("./kefu", "BashOperator");
    }
    String builder = Files.readString(DAGS.resolve("kefu_pipelines.py"));
    // no step is written twice: the builder names no step and no ./kefu command of its own
    for (Pipeline p : PipelineFile.read(FILE).values()) {
      for (PipelineStep s : p.steps()) {
        assertThat(builder).doesNotContain("\"" + s.id() + "\"").doesNotContain(s.command());
      }
    }
  }

  @Test
  void aCycleAnUnknownStepAndATwiceUsedIdAreRefused() throws IOException {
    assertThatThrownBy(
            () ->
                read(
                    """
        pipelines:
          p:
            steps:
              - {id: a, after: [c], command: ./kefu ingest}
              - {id: b, after: [a], command: ./kefu ingest}
              - {id: c, after: [b], command: ./kefu ingest}
        """))
        .hasMessageContaining("cycle")
        .hasMessageContaining("a → c → b → a");
    assertThatThrownBy(
            () ->
                read(
                    """
        pipelines:
          p:
            steps:
              - {id: a, after: [x], command: ./kefu ingest}
        """))
        .hasMessageContaining("waits for x, which is no step");
    assertThatThrownBy(
            () ->
                read(
                    """
        pipelines:
          p:
            steps:
              - {id: a, command: ./kefu ingest}
              - {id: a, command: ./kefu train}
        """))
        .hasMessageContaining("two steps are called a");
  }

  @Test
  void placeholdersAreFilledAndQuotedAndAnUnknownOneIsAnError() {
    assertThat(
            Placeholders.fill(
                "./kefu ingest --input {input} --out {work}/x",
                Map.of("input", "data samples/it's", "work", "/tmp/w")))
        .isEqualTo("./kefu ingest --input 'data samples/it'\\''s' --out /tmp/w/x");
    assertThatThrownBy(() -> Placeholders.fill("./kefu x {nope}", Map.of()))
        .hasMessageContaining("{nope}");
  }

  private Map<String, Pipeline> read(String yaml) throws IOException {
    Path file = dir.resolve("p.yaml");
    Files.writeString(file, yaml);
    return PipelineFile.read(file);
  }

  // The command words of ./kefu --help: the indented "  name   description" lines.
  private static Set<String> kefuHelpCommands() throws Exception {
    Process help =
        new ProcessBuilder("bash", DAGS.resolveSibling("kefu").toString(), "--help")
            .redirectErrorStream(true)
            .start();
    String text = new String(help.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(help.waitFor(60, TimeUnit.SECONDS)).isTrue();
    List<String> words = new ArrayList<>();
    for (String line : text.lines().toList()) {
      if (line.matches("  [a-z-]+\\s{2,}\\S.*")) {
        words.add(line.strip().split("\\s+")[0]);
      }
    }
    return words.stream().collect(Collectors.toCollection(TreeSet::new));
  }
}
