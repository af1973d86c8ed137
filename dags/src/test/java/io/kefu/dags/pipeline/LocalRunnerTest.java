package io.kefu.dags.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.dags.pipeline.StepResult.Status;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalRunnerTest {

  @TempDir Path dir;

  @Test
  void runsInOrderRetriesStopsDependantsAndTellsARefusalFromAFailure() throws Exception {
    Path counter = dir.resolve("attempts");
    Pipeline pipeline =
        new Pipeline(
            "p",
            "",
            null,
            Map.of(),
            List.of(
                step("notify", List.of("promote_intent", "flaky"), "echo notified", 0, List.of()),
                step(
                    "train_intent",
                    List.of(),
                    "echo progress >&2; echo '{\"model\":\"intent\",\"version\":2,\"macro_f1\":0.81,\"baseline_macro_f1\":0.79}'",
                    0,
                    List.of()),
                step(
                    "promote_intent",
                    List.of("train_intent"),
                    "echo 'refused: intent:2 macro_f1 0.8100 does not beat production 0.8200' >&2; exit 3",
                    0,
                    List.of(3)),
                step(
                    "flaky",
                    List.of(),
                    "echo x >> " + counter + "; [ $(wc -l < " + counter + ") -ge 2 ]",
                    1,
                    List.of()),
                step("broken", List.of(), "echo 'no such table' >&2; exit 1", 1, List.of()),
                step("after_broken", List.of("broken"), "echo never", 0, List.of()),
                step("after_after", List.of("after_broken"), "echo never", 0, List.of()),
                step("slow", List.of(), "sleep 30", 0, List.of(), 0.02)));
    ByteArrayOutputStream terminal = new ByteArrayOutputStream();
    List<StepResult> results =
        new LocalRunner(
                dir, dir.resolve("logs"), new PrintStream(terminal, true, StandardCharsets.UTF_8))
            .run(pipeline, Map.of());
    Map<String, StepResult> byId =
        results.stream().collect(Collectors.toMap(StepResult::id, Function.identity()));

    assertThat(results.stream().map(StepResult::id).toList().indexOf("notify"))
        .isGreaterThan(results.stream().map(StepResult::id).toList().indexOf("promote_intent"));
    assertThat(byId.get("train_intent").lastLine()).startsWith("{\"model\":\"intent\"");
    assertThat(byId.get("promote_intent").status()).isEqualTo(Status.SKIPPED);
    assertThat(byId.get("notify").status())
        .as("a refusal does not block")
        .isEqualTo(Status.SUCCEEDED);
    assertThat(byId.get("flaky").status()).isEqualTo(Status.SUCCEEDED);
    assertThat(byId.get("flaky").attempts()).isEqualTo(2);
    assertThat(byId.get("broken").status()).isEqualTo(Status.FAILED);
    assertThat(byId.get("broken").attempts()).isEqualTo(2);
    assertThat(byId.get("broken").lastLine()).contains("exit 1", "no such table", "broken.log");
    assertThat(byId.get("after_broken").status()).isEqualTo(Status.NOT_RUN);
    assertThat(byId.get("after_after").lastLine()).isEqualTo("not run: after_broken not_run");
    assertThat(byId.get("slow").status()).isEqualTo(Status.TIMED_OUT);
    assertThat(Files.readString(dir.resolve("logs/train_intent.log"))).contains("progress");

    String summary = RunSummary.render(pipeline, results, 12);
    assertThat(summary)
        .contains("trained  intent v2: macro_f1 0.8100 (baseline 0.7900)")
        .contains(
            "gate     intent: refused: intent:2 macro_f1 0.8100 does not beat production 0.8200")
        .contains("3 succeeded, 1 skipped by decision, 2 failed, 2 not run")
        .contains("FAILED   broken")
        .contains("not run  after_broken: not run: broken failed");
  }

  private static PipelineStep step(
      String id, List<String> after, String command, int retries, List<Integer> skip) {
    return step(id, after, command, retries, skip, 1);
  }

  private static PipelineStep step(
      String id,
      List<String> after,
      String command,
      int retries,
      List<Integer> skip,
      double minutes) {
    return new PipelineStep(id, after, command, null, retries, minutes, skip);
  }
}
