package io.kefu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;

class CommandLinesTest {

  @Command(name = "boom")
  static final class Failing implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new UncheckedIOException(
          "reading failed", new IOException("input not found: /nowhere"));
    }
  }

  @Command(name = "fine")
  static final class Working implements Callable<Integer> {
    @Override
    public Integer call() {
      return 0;
    }
  }

  @Test
  void aFailingCommandExitsNonZero() {
    assertThat(CommandLines.run(new Failing())).isEqualTo(CommandLines.FAILED);
    assertThat(CommandLines.run(new Working())).isZero();
  }

  @Test
  void theReasonJoinsTheOuterAndRootMessagesOnOneLine() {
    RuntimeException e =
        new RuntimeException("job failed", new IllegalStateException("no such table\nat line 3"));

    assertThat(CommandLines.reason(e)).isEqualTo("job failed: no such table");
  }

  @Test
  void wrappersThatOnlyRepeatTheirCauseAreSkipped() {
    RuntimeException e = new RuntimeException(new IOException("input not found: /nowhere"));

    assertThat(CommandLines.reason(e)).isEqualTo("input not found: /nowhere");
  }

  @Test
  void anExceptionWithoutMessageIsNamedByItsType() {
    assertThat(CommandLines.reason(new NullPointerException())).isEqualTo("NullPointerException");
  }

  @Test
  void theFailureLineNamesTheLogFileWhenTheRunWroteOne(@TempDir Path dir) throws IOException {
    Path log = Files.writeString(dir.resolve("ingest-20261201-070000.log"), "WARN engine\n");
    RuntimeException e = new IllegalStateException("input not found: /nowhere");

    assertThat(CommandLines.failureLine("ingest", e, log))
        .isEqualTo("ingest: input not found: /nowhere (log: " + log + ")");
    assertThat(CommandLines.failureLine("ingest", e, dir.resolve("never-written.log")))
        .isEqualTo("ingest: input not found: /nowhere");
    assertThat(CommandLines.failureLine("ingest", e, null))
        .isEqualTo("ingest: input not found: /nowhere");
  }
}
