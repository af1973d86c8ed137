package io.kefu.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;

/**
 * The end-to-end layer: {@code ./kefu demo --no-serve} on a small sample, as a user runs it, on the
 * jars this build just packaged and the local stack. Skipped with {@code KEFU_SKIP_E2E=1}.
 */
@DisabledIfEnvironmentVariable(
    named = "KEFU_SKIP_E2E",
    matches = "1",
    disabledReason = "KEFU_SKIP_E2E=1")
class EndToEndDemoIntegrationTest {

  private static final int SESSIONS = 200;
  private static final Pattern STEP = Pattern.compile("step (\\d+)/(\\d+):");
  // The terminal shows steps, progress and results; engine messages go to .kefu/logs/.
  private static final int MOST_TERMINAL_LINES = 150;

  @Test
  void theDemoRunsOnASmallSampleAndPrintsStepsAndSummaryWithoutEngineNoise() throws Exception {
    Path root = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();
    Path output = Files.createDirectories(root.resolve("end-to-end/target")).resolve("demo.out");
    ProcessBuilder demo =
        new ProcessBuilder("./kefu", "demo", "--no-serve", "--sessions", Integer.toString(SESSIONS))
            .directory(root.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile());
    // this verify build has just packaged every module the demo runs: no nested Maven build
    demo.environment().put("KEFU_SKIP_BUILD", "1");

    Process process = demo.start();
    boolean finished = process.waitFor(20, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }
    String shown = Files.readString(output, StandardCharsets.UTF_8);

    assertThat(finished).as("demo finished within 20 minutes; output in %s", output).isTrue();
    assertThat(process.exitValue()).as("demo exit code; output:%n%s", shown).isZero();
    List<String> lines = shown.lines().toList();
    assertThat(steps(lines)).as("the demo's steps, each shown once and in order").isNotEmpty();
    assertThat(shown).contains("ingest: ", "records read").contains("demo pipeline finished");
    // the live half: streamed through Kafka and Flink, the latest day read back from ClickHouse
    assertThat(shown).contains("stream: ", "sessions_inspected").contains("FCR ", "CSAT ");
    assertThat(shown)
        .as("every ended session inspected by the stream")
        .contains("QA coverage 100.0 %");
    assertThat(lines)
        .as("one dashboard login per role, with its password")
        .anyMatch(l -> l.strip().startsWith("qa_manager") && l.contains("password"))
        .anyMatch(l -> l.strip().startsWith("agent") && l.contains("password"))
        .anyMatch(l -> l.strip().startsWith("product") && l.contains("password"))
        .anyMatch(l -> l.strip().startsWith("data_scientist") && l.contains("password"))
        .anyMatch(l -> l.strip().startsWith("admin") && l.contains("password"));
    assertThat(lines).as("terminal lines").hasSizeLessThan(MOST_TERMINAL_LINES);
    assertThat(lines)
        .noneMatch(l -> l.contains("TaskSetManager") || l.contains("DAGScheduler"))
        .noneMatch(l -> l.contains("NativeCodeLoader") || l.contains("loopback address"));
  }

  /** The numbers of the "step k/n:" lines; asserts they run 1..n, whatever n the demo has now. */
  private static List<Integer> steps(List<String> lines) {
    List<Integer> seen = new ArrayList<>();
    int total = 0;
    for (String line : lines) {
      Matcher m = STEP.matcher(line);
      if (m.find()) {
        seen.add(Integer.parseInt(m.group(1)));
        total = Integer.parseInt(m.group(2));
      }
    }
    assertThat(seen).isEqualTo(IntStream.rangeClosed(1, total).boxed().toList());
    return seen;
  }
}
