package io.kefu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.logging.log4j.core.LoggerContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launchers' log4j2.xml: engines to the run's log file, Kefu's own lines on the terminal. */
class LoggingConfigurationTest {

  private final PrintStream stderr = System.err;

  @AfterEach
  void restore() {
    System.setErr(stderr);
    System.clearProperty(CommandLines.LOG_FILE_PROPERTY);
  }

  @Test
  void engineWarningsGoToTheLogFileAndKefuProgressToTheTerminal(@TempDir Path dir)
      throws Exception {
    Path log = dir.resolve("logs/demo-20261201-070000.log");
    System.setProperty(CommandLines.LOG_FILE_PROPERTY, log.toString());
    ByteArrayOutputStream terminal = new ByteArrayOutputStream();
    System.setErr(new PrintStream(terminal, true, StandardCharsets.UTF_8));

    LoggerContext context = start();
    context.getLogger("org.apache.spark.scheduler.DAGScheduler").warn("Broadcasting large task");
    context.getLogger("org.apache.spark.SparkContext").info("Running Spark version");
    context.getLogger("io.kefu.ingest.IngestCommand").info("ingested 200 sessions");
    context.stop();

    String file = Files.readString(log);
    assertThat(file).contains("Broadcasting large task", "ingested 200 sessions");
    assertThat(file).doesNotContain("Running Spark version");
    String shown = terminal.toString(StandardCharsets.UTF_8);
    assertThat(shown).contains("ingested 200 sessions");
    assertThat(shown).doesNotContain("Broadcasting large task", "Running Spark version");
  }

  @Test
  void withoutALogFileEngineWarningsStayOnStderr() throws Exception {
    ByteArrayOutputStream terminal = new ByteArrayOutputStream();
    System.setErr(new PrintStream(terminal, true, StandardCharsets.UTF_8));

    LoggerContext context = start();
    context.getLogger("org.apache.hadoop.util.NativeCodeLoader").warn("no native library");
    context.getLogger("io.kefu.train.TrainCommand").info("trained intent");
    context.stop();

    String shown = terminal.toString(StandardCharsets.UTF_8);
    assertThat(shown).contains("no native library", "trained intent");
    assertThat(shown.split("trained intent", -1)).hasSize(2);
  }

  /** A context of its own on the shipped configuration, apart from the test JVM's logging. */
  private static LoggerContext start() throws Exception {
    LoggerContext context =
        new LoggerContext(
            "kefu-logging-test",
            null,
            LoggingConfigurationTest.class.getResource("/log4j2.xml").toURI());
    context.start();
    return context;
  }
}
