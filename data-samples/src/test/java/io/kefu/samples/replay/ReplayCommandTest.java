package io.kefu.samples.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.cli.CommandLines;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line alone; publishing is covered by {@link ReplayerIntegrationTest}. */
class ReplayCommandTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream stdout;
  private PrintStream stderr;

  @BeforeEach
  void capture() {
    stdout = System.out;
    stderr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(stdout);
    System.setErr(stderr);
  }

  @Test
  void helpNamesTheOptions() {
    assertThat(CommandLines.run(new ReplayCommand(), "--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("--input", "--rate", "--topic");
  }

  @Test
  void aMissingInputFailsWithOneLine(@TempDir Path dir) {
    int code = CommandLines.run(new ReplayCommand(), "--input", dir.resolve("nope").toString());

    assertThat(code).isEqualTo(CommandLines.FAILED);
    assertThat(err.toString(StandardCharsets.UTF_8).strip())
        .isEqualTo("replay: --input: no such file or folder: " + dir.resolve("nope"));
  }

  @Test
  void aRateThatIsNotPositiveIsABadFlag(@TempDir Path dir) {
    int code = CommandLines.run(new ReplayCommand(), "--input", dir.toString(), "--rate", "0");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("--rate: must be a positive");
  }
}
