package io.kefu.qa.backfill;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kefu.cli.CommandLines;
import io.kefu.cli.SparkMasterOption;
import io.kefu.clickhouse.ClickHouseSettings;
import io.kefu.registry.ModelRegistry;
import io.kefu.spark.SparkSessions;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./kefu backfill}: finds the production models, builds the Spark session (local unless
 * spark-submit set a master) and runs {@link BackfillJob}; progress on stderr, the rows written per
 * table as one JSON line last on stdout.
 */
@Command(
    name = "backfill",
    mixinStandardHelpOptions = true,
    description = {
      "Spark batch job: from an ingest output, the streaming job's tables in",
      "ClickHouse (sessions, fcr_daily, csat_daily, agent_timing_daily,",
      "qa_coverage_daily, hot_topics, hot_phrases, qa_inspections, qa_violations),",
      "with the registry's production intent, sentiment and (if any) faq models.",
      "Rows carry the run's start as their version, so a later backfill replaces",
      "them under FINAL. Prints the rows written per table as one JSON line last."
    })
public final class BackfillCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Option(
      names = "--data",
      required = true,
      paramLabel = "INGEST_OUT",
      description = "an ingest output folder (./kefu ingest --out)")
  String data;

  @Option(
      names = "--registry",
      paramLabel = "DIR|URI",
      description =
          "model registry with the production models (default: $KEFU_REGISTRY, else ./.kefu/registry)")
  String registry;

  @Option(
      names = "--clickhouse-database",
      paramLabel = "NAME",
      description = "database to write (default: $KEFU_CLICKHOUSE_DATABASE, else kefu)")
  String database;

  @Mixin SparkMasterOption master;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Instant startedAt = Instant.now();
    long startNanos = System.nanoTime();
    ClickHouseSettings clickHouse = ClickHouseSettings.fromEnvironment();
    if (database != null) {
      clickHouse = clickHouse.withDatabase(database);
    }
    // Both checks before Spark starts: a wrong folder or a missing model fails in a second.
    BackfillJob.messagesPath(data, new Configuration());
    String root = registry != null ? registry : ModelRegistry.rootFromEnvironment();
    BackfillModels models = BackfillModels.find(root, data);
    BackfillConfig config = new BackfillConfig(data, models, clickHouse, startedAt);
    progress("models " + models.describe());
    progress(
        "writing to "
            + clickHouse.url()
            + " database "
            + clickHouse.database()
            + ", version "
            + config.version());
    SparkSession spark = SparkSessions.create("kefu-backfill", master.master(), 8);
    Map<String, Long> written;
    try {
      progress("reading " + data + "/messages");
      written = new BackfillJob(spark, config, this::progress).run();
    } finally {
      spark.stop();
    }
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    progress(String.format("done in %.1f s", seconds));
    PrintWriter out = spec.commandLine().getOut();
    out.println(lastLine(written, clickHouse.database(), config.version(), seconds));
    out.flush();
    return 0;
  }

  private void progress(String line) {
    PrintWriter err = spec.commandLine().getErr();
    err.println("[backfill] " + line);
    err.flush();
  }

  /** The figures a script reads: rows written per table, the database and the rows' version. */
  static String lastLine(Map<String, Long> written, String database, long version, double seconds) {
    ObjectNode line = JSON.createObjectNode();
    line.set("rows", JSON.valueToTree(written));
    line.put("database", database);
    line.put("version", version);
    line.put("elapsed_seconds", Math.round(seconds * 10) / 10.0);
    return line.toString();
  }

  public static void main(String[] args) {
    System.exit(CommandLines.run(new BackfillCommand(), args));
  }
}
