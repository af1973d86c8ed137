package io.kefu.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.clickhouse.ClickHouseGateway;
import io.kefu.clickhouse.ClickHouseSettings;
import io.kefu.clickhouse.KefuSchema;
import io.kefu.testing.LocalStack;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * After the demo: the same history through the stream ({@code ./kefu replay} then {@code ./kefu
 * stream --bounded}) and through the Spark backfill ({@code ./kefu backfill}), each into a scratch
 * database, gives the same {@code fcr_daily}, {@code csat_daily}, {@code qa_coverage_daily} and
 * {@code qa_inspections} under FINAL (CONTRACT §3 defined once, in core).
 */
final class StreamBackfillConsistency {

  private static final Set<String> RUN_COLUMNS = Set.of("version", "inspected_at");

  private StreamBackfillConsistency() {}

  static void check(Path root) throws Exception {
    Path state = root.resolve(".kefu/demo");
    String topic = LocalStack.uniqueName("e2e-events");
    String streamDb = LocalStack.uniqueName("e2e_stream");
    String backfillDb = LocalStack.uniqueName("e2e_backfill");
    Path work = Files.createTempDirectory("e2e-stream");
    run(root, Map.of(), "replay", "--input", state.resolve("data").toString(), "--topic", topic);
    run(
        root,
        Map.of("KEFU_CLICKHOUSE_DATABASE", streamDb),
        "stream",
        "--from-beginning",
        "--bounded",
        "--topic",
        topic,
        "--group",
        topic,
        "--registry",
        state.resolve("registry").toString(),
        "--checkpoints",
        work.resolve("checkpoints").toString());
    run(
        root,
        Map.of("KEFU_CLICKHOUSE_DATABASE", backfillDb),
        "backfill",
        "--data",
        state.resolve("ingested").toString(),
        "--registry",
        state.resolve("registry").toString());
    ClickHouseSettings base = ClickHouseSettings.fromEnvironment();
    try (ClickHouseGateway stream = ClickHouseGateway.connect(withDatabase(base, streamDb));
        ClickHouseGateway backfill = ClickHouseGateway.connect(withDatabase(base, backfillDb))) {
      for (String[] table :
          new String[][] {
            {KefuSchema.FCR_DAILY, "issues > 0"},
            {KefuSchema.CSAT_DAILY, "rated > 0 OR ended > 0"},
            {KefuSchema.QA_COVERAGE_DAILY, "ended > 0"},
            {KefuSchema.QA_INSPECTIONS, "1"}
          }) {
        assertThat(dump(stream, table[0], table[1]))
            .as("%s: stream vs backfill", table[0])
            .isNotEmpty()
            .isEqualTo(dump(backfill, table[0], table[1]));
      }
      LocalStack.drop(stream);
      LocalStack.drop(backfill);
    }
  }

  private static ClickHouseSettings withDatabase(ClickHouseSettings s, String database) {
    return new ClickHouseSettings(s.url(), s.user(), s.password(), database);
  }

  private static List<String> dump(ClickHouseGateway gateway, String table, String where) {
    List<String> rows = new ArrayList<>();
    for (Map<String, Object> row :
        gateway.query("SELECT * FROM " + gateway.qualify(table) + " FINAL WHERE " + where)) {
      Map<String, Object> kept = new TreeMap<>(row);
      kept.keySet().removeAll(RUN_COLUMNS);
      rows.add(kept.toString());
    }
    rows.sort(null);
    return rows;
  }

  private static void run(Path root, Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("./kefu"));
    command.addAll(List.of(args));
    Path output = Files.createTempFile("e2e-" + args[0], ".out");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(root.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile());
    builder.environment().put("KEFU_SKIP_BUILD", "1");
    builder.environment().putAll(env);
    Process process = builder.start();
    boolean finished = process.waitFor(10, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }
    String shown = Files.readString(output, StandardCharsets.UTF_8);
    assertThat(finished && process.exitValue() == 0)
        .as("./kefu %s exited 0; output:%n%s", String.join(" ", args), shown)
        .isTrue();
  }
}
