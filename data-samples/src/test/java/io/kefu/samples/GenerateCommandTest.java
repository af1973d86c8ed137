package io.kefu.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class GenerateCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cmd = GenerateCommand.commandLine();
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    return cmd.execute(args);
  }

  @Test
  void aSmallRunWritesTheFourOutputsAndPrintsAOneLineSummary(@TempDir Path dir) {
    int code =
        run(
            "--sessions",
            "60",
            "--seed",
            "3",
            "--out",
            dir.toString(),
            "--days",
            "2",
            "--spike",
            "催发货@2026-11-01T21:00×3",
            "--emerging",
            "耳机左耳没声音@2026-11-01T22:00x4",
            "--corrupt-rate",
            "0.1",
            "--export-share",
            "0.5");

    assertThat(code).isZero();
    assertThat(err.toString()).isEmpty();
    assertThat(out.toString().strip())
        .startsWith("generated ")
        .contains("4 from emerging phrases")
        .doesNotContain("\n");
    assertThat(dir.resolve("raw/chat-2026-11-01.jsonl")).exists();
    assertThat(dir.resolve("exports/chat-export-2026-11-01.csv")).exists();
    assertThat(dir.resolve("truth/sessions.jsonl")).exists();
    assertThat(dir.resolve("truth/manifest.json")).exists();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "--corrupt-rate;1.5;--corrupt-rate;0 to 1",
        "--export-share;-0.1;--export-share;0 to 1",
        "--sessions;0;--sessions;at least 1",
        "--days;many;--days;at least 1",
        "--start;2026-13-01;--start;ISO date",
        "--spike;gift@2026-11-03T20:00;--spike;INTENT@ISO_TIME×FACTOR",
        "--spike;nope@2026-11-03T20:00x5;--spike;accepted",
        "--spike;gift@2027-01-01T20:00x5;--spike;outside",
        "--emerging;充电宝鼓包@2026-11-03T20:00;--emerging;PHRASE@ISO_TIME×N",
        "--emerging;充电宝鼓包@2026-11-03T20:00x0;--emerging;1..",
        "--emerging;充电宝鼓包@2027-01-01T20:00x5;--emerging;outside"
      })
  void aBadFlagPrintsOneLineNamingTheFlagAndWhatItAccepts(
      String flag, String value, String named, String accepted, @TempDir Path dir) {
    String[] base = {"--sessions", "10", "--seed", "1", "--out", dir.toString()};
    String[] args = new String[base.length + 2];
    System.arraycopy(base, 0, args, 0, base.length);
    args[base.length] = flag;
    args[base.length + 1] = value;

    int code = run(args);

    assertThat(code).isEqualTo(2);
    assertThat(err.toString().strip()).doesNotContain("\n").contains(named).contains(accepted);
  }

  @Test
  void anUnknownOptionListsTheAcceptedOnes(@TempDir Path dir) {
    int code =
        run("--sessions", "10", "--seed", "1", "--out", dir.toString(), "--sesion-count", "3");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString().strip())
        .doesNotContain("\n")
        .contains("--sesion-count")
        .contains("--days");
  }

  @Test
  void missingRequiredOptionsAreNamed() {
    assertThat(run("--seed", "1")).isEqualTo(2);
    assertThat(err.toString()).contains("--sessions").contains("--out");
  }

  @Test
  void helpListsTheOptionsAndExitsZero() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString())
        .contains("--spike", "--emerging", "PHRASE@ISO_TIME×N", "--corrupt-rate", "2026-11-01");
  }

  @Test
  void aFolderThatCannotBeWrittenFailsWithOneLine(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("not-a-folder"), "x");

    int code = run("--sessions", "5", "--seed", "1", "--out", file.toString());

    assertThat(code).isEqualTo(1);
    assertThat(err.toString().strip()).startsWith("generate: failed:").doesNotContain("\n");
  }
}
