package io.kefu.metrics;

import io.kefu.cli.CommandLines;
import io.kefu.clickhouse.ClickHouseSettings;
import io.kefu.metrics.job.Checkpoints;
import io.kefu.metrics.job.StreamJob;
import io.kefu.registry.ModelRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.core.execution.JobClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./kefu stream} and the main class of the job jar ({@code flink run} takes it unchanged):
 * checks that production models exist, then runs {@link StreamJob} on the environment Flink gives
 * (a local MiniCluster, or the cluster under {@code flink run}), printing progress and, for a
 * bounded run, a summary.
 */
@Command(
    name = "stream",
    mixinStandardHelpOptions = true,
    description = {
      "Flink job: Kafka chat-events → sessions, intent and sentiment (production models),",
      "FCR, CSAT, hot topics, emerging phrases, agent timing and 100 %% inspection →",
      "ClickHouse (kefu.*). Invalid events go to chat-events-dlq and kefu.dead_letters.",
      "Resumes from the last retained checkpoint unless --from-beginning."
    })
public final class StreamCommand implements Callable<Integer> {

  @Option(names = "--from-beginning", description = "read chat-events from its earliest offsets")
  boolean fromBeginning;

  @Option(
      names = "--bounded",
      description = "stop at the offsets current at start, flush every window and session, exit 0")
  boolean bounded;

  @Option(
      names = "--registry",
      paramLabel = "DIR|URI",
      description = "model registry (default: $KEFU_REGISTRY, else ./.kefu/registry)")
  String registry;

  @Option(
      names = "--checkpoints",
      paramLabel = "DIR",
      description = "checkpoint folder (default: $KEFU_STATE/checkpoints/stream)")
  Path checkpoints;

  @Option(
      names = "--restore",
      paramLabel = "PATH",
      description = "restore from this checkpoint or savepoint instead of the latest retained one")
  String restore;

  @Option(names = "--topic", description = "source topic (default ${DEFAULT-VALUE})")
  String topic = "chat-events";

  @Option(names = "--group", description = "Kafka consumer group (default ${DEFAULT-VALUE})")
  String group = "kefu-stream";

  @Option(names = "--parallelism", description = "operator parallelism (default ${DEFAULT-VALUE})")
  int parallelism = 2;

  @Option(
      names = "--max-rate",
      paramLabel = "EVENTS_PER_S",
      description = "read at most this many events per second (default: no cap)")
  double maxRate;

  @Option(
      names = "--checkpoint-interval",
      paramLabel = "SECONDS",
      description = "seconds between checkpoints (default ${DEFAULT-VALUE})")
  long checkpointSeconds = 10;

  public static void main(String[] args) {
    System.exit(CommandLines.run(new StreamCommand(), args));
  }

  @Override
  public Integer call() throws Exception {
    String root = registry != null ? registry : ModelRegistry.rootFromEnvironment();
    requireProductionModels(root);
    Path checkpointDir =
        checkpoints != null
            ? checkpoints
            : Path.of(Optional.ofNullable(System.getenv("KEFU_STATE")).orElse(".kefu"))
                .resolve("checkpoints/stream");
    StreamSettings settings =
        StreamSettings.defaults(root, checkpointDir.toAbsolutePath().toUri().toString())
            .withReading(fromBeginning, bounded)
            .withTopics(topic, topic + "-dlq", group)
            .withClickHouse(ClickHouseSettings.fromEnvironment())
            .withCheckpointInterval(Duration.ofSeconds(checkpointSeconds))
            .withParallelism(parallelism)
            .withMaxRate(maxRate);
    String restoreFrom =
        restore != null
            ? restore
            : fromBeginning
                ? null
                : Checkpoints.latest(checkpointDir).map(Path::toString).orElse(null);
    System.err.println(
        "[stream] reading "
            + settings.topic()
            + (bounded ? " up to its current end" : "")
            + (restoreFrom != null
                ? ", restoring " + restoreFrom
                : fromBeginning ? " from the beginning" : "")
            + "; models from "
            + root
            + "; ClickHouse "
            + settings.clickHouse().url());
    JobClient job = StreamJob.start(settings, restoreFrom);
    JobExecutionResult result = waitWithProgress(job);
    StreamSummary summary = StreamSummary.of(result.getAllAccumulatorResults());
    System.err.println("[stream] " + summary.text());
    System.out.println(summary.json());
    return 0;
  }

  // Waits on the job's result (a local MiniCluster shuts down with the job, so its status cannot
  // be asked afterwards), printing the counters every 10 s meanwhile.
  private static JobExecutionResult waitWithProgress(JobClient job) throws Exception {
    CompletableFuture<JobExecutionResult> result = job.getJobExecutionResult();
    while (true) {
      try {
        return result.get(10, TimeUnit.SECONDS);
      } catch (TimeoutException stillRunning) {
        try {
          Map<String, Object> acc = job.getAccumulators().get(5, TimeUnit.SECONDS);
          System.err.println("[stream] " + StreamSummary.of(acc).text());
        } catch (Exception finishing) {
          // the job ended between the two calls: its result comes next
        }
      } catch (ExecutionException failed) {
        throw failed.getCause() instanceof Exception e ? e : failed;
      }
    }
  }

  // One line naming the command that makes one, rather than a stack trace from the first task.
  static void requireProductionModels(String root) {
    ModelRegistry registry = ModelRegistry.open(root);
    for (String task : new String[] {"intent", "sentiment"}) {
      if (registry.aliasVersion(task, "production").isEmpty()) {
        throw new IllegalStateException(
            "no production "
                + task
                + " model in "
                + registry.location()
                + ": train one with ./kefu train "
                + task
                + " --data INGEST_OUT (then ./kefu registry promote "
                + task
                + ":VERSION if it was not promoted)");
      }
    }
  }
}
