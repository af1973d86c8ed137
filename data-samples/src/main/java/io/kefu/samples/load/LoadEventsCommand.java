package io.kefu.samples.load;

import io.kefu.cli.CommandLines;
import io.kefu.clickhouse.ClickHouseGateway;
import io.kefu.clickhouse.ClickHouseSettings;
import io.kefu.clickhouse.KefuSchema;
import io.kefu.core.pii.PiiMasker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Loads a generated (or exported) chat-log folder into ClickHouse and prints a summary: the demo's
 * load step until the streaming job of a later issue writes {@code kefu.messages} live.
 */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description = "Load raw chat logs (raw/*.jsonl, exports/*.csv) into ClickHouse kefu.messages.")
public final class LoadEventsCommand implements Callable<Integer> {

  @Option(names = "--input", required = true, description = "folder written by ./kefu generate")
  Path input;

  @Option(
      names = "--batch-size",
      defaultValue = "50000",
      description = "rows per insert (default ${DEFAULT-VALUE})")
  int batchSize;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(input)) {
      throw new CommandLine.ParameterException(
          new CommandLine(this), "--input: no such folder: " + input);
    }
    long started = System.nanoTime();
    try (ClickHouseGateway gateway =
        ClickHouseGateway.connect(ClickHouseSettings.fromEnvironment())) {
      LoadTally tally = new EventLoader(gateway, new PiiMasker(), batchSize).load(input);
      double seconds = (System.nanoTime() - started) / 1e9;
      printSummary(gateway, tally, seconds);
    }
    return 0;
  }

  private static void printSummary(ClickHouseGateway gateway, LoadTally tally, double seconds) {
    String messages = gateway.qualify(KefuSchema.MESSAGES);
    System.out.printf(
        "records read %,d: loaded %,d events, %,d duplicates skipped, %,d dead letters (%.1f s)%n",
        tally.recordsRead(), tally.loaded(), tally.duplicates(), tally.deadLetters(), seconds);
    System.out.println("dead letters by reason: " + tally.deadLettersByReason());
    System.out.println("masked in kefu.messages text: " + tally.maskedByType());
    List<Map<String, Object>> days =
        gateway.query(
            "SELECT toString(day) AS day, count() AS events, uniqExact(session_id) AS sessions"
                + " FROM "
                + messages
                + " FINAL GROUP BY day ORDER BY day");
    System.out.println("in ClickHouse " + messages + " (FINAL), by Asia/Shanghai day:");
    for (Map<String, Object> day : days) {
      System.out.printf(
          "  %s  %,9d events  %,7d sessions%n",
          day.get("day"), day.get("events"), day.get("sessions"));
    }
    System.out.printf(
        "total: %,d events of %,d sessions%n",
        gateway.queryLong("SELECT count() FROM " + messages + " FINAL"),
        gateway.queryLong("SELECT uniqExact(session_id) FROM " + messages + " FINAL"));
  }

  public static void main(String[] args) {
    System.exit(CommandLines.run(new LoadEventsCommand(), args));
  }
}
