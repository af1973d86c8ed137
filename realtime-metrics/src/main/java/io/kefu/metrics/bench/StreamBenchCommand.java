package io.kefu.metrics.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kefu.cli.CommandLines;
import io.kefu.clickhouse.ClickHouseGateway;
import io.kefu.clickhouse.ClickHouseSettings;
import io.kefu.clickhouse.KefuSchema;
import io.kefu.kafka.KafkaSettings;
import io.kefu.kafka.KafkaTopics;
import io.kefu.metrics.StreamSettings;
import io.kefu.metrics.job.StreamJob;
import io.kefu.registry.ModelRegistry;
import io.kefu.samples.GenerateCommand;
import io.kefu.samples.replay.ReplaySummary;
import io.kefu.samples.replay.Replayer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.core.execution.JobClient;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./kefu bench stream}: the streaming job against a consume-only pass over the same topic in
 * the same run (BENCHMARKS.md: figures are ratios to a baseline), then its event-to-ClickHouse
 * latency at a fixed publish rate. Everything goes to fresh topics and a scratch ClickHouse
 * database, dropped at the end. Progress on stderr, one JSON line last on stdout.
 */
@Command(
    name = "bench stream",
    mixinStandardHelpOptions = true,
    description = {
      "Events/s of the Flink job (bounded, from the beginning) against a consume-only pass",
      "over the same topic, and its event-to-ClickHouse latency (p50/p99) at a fixed rate."
    })
public final class StreamBenchCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long SAMPLE_MILLIS = 100;

  @Option(
      names = "--sessions",
      defaultValue = "20000",
      description = "generated sessions for the throughput run (default ${DEFAULT-VALUE})")
  int sessions;

  @Option(
      names = "--rate",
      defaultValue = "5000",
      description = "events/s published in the latency run (default ${DEFAULT-VALUE})")
  double rate;

  @Option(
      names = "--seconds",
      defaultValue = "30",
      description = "seconds the latency run publishes for (default ${DEFAULT-VALUE})")
  double seconds;

  @Option(
      names = "--registry",
      paramLabel = "DIR",
      description =
          "registry with production intent and sentiment models"
              + " (default: $KEFU_STATE/demo/registry, filled by ./kefu demo)")
  String registry;

  public static void main(String[] args) {
    System.exit(CommandLines.run(new StreamBenchCommand(), args));
  }

  @Override
  public Integer call() throws Exception {
    if (sessions < 1 || !(rate > 0) || !(seconds > 0)) {
      throw new IllegalArgumentException("--sessions, --rate and --seconds must be positive");
    }
    String root = registry != null ? registry : defaultRegistry();
    requireProductionModels(root);
    KafkaSettings kafka = KafkaSettings.fromEnvironment();
    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"));
    Path work = Files.createTempDirectory("kefu-bench-stream");
    ClickHouseSettings base = ClickHouseSettings.fromEnvironment();
    ClickHouseGateway db = ClickHouseGateway.connect(base.withDatabase("kefu_bench_" + stamp));
    ClickHouseGateway latencyDb =
        ClickHouseGateway.connect(base.withDatabase("kefu_bench_" + stamp + "_latency"));
    List<String> topics = new ArrayList<>();
    try {
      KefuSchema.create(db);
      KefuSchema.create(latencyDb);
      ObjectNode out = JSON.createObjectNode();
      out.put("bench", "stream");
      throughput(kafka, root, db, work, "bench-stream-" + stamp.replace('_', '-'), topics, out);
      latency(
          kafka, root, latencyDb, work, "bench-latency-" + stamp.replace('_', '-'), topics, out);
      ObjectNode targets = out.putObject("targets");
      targets.put("events_per_s", 30000);
      targets.put("ratio", 0.07);
      targets.put("p99_ms", 3000);
      System.out.println(JSON.writeValueAsString(out));
      return 0;
    } finally {
      for (ClickHouseGateway g : List.of(db, latencyDb)) {
        g.execute("DROP DATABASE IF EXISTS " + g.database());
        g.close();
      }
      deleteTopics(kafka, topics);
      deleteTree(work);
    }
  }

  // Steps 1–3: generate, publish as fast as possible, consume-only pass, then the bounded job.
  private void throughput(
      KafkaSettings kafka,
      String root,
      ClickHouseGateway db,
      Path work,
      String topic,
      List<String> topics,
      ObjectNode out)
      throws Exception {
    progress("generating %,d sessions", sessions);
    Path data = generate(work.resolve("throughput"), sessions, 4242, "2026-11-01");
    topics.add(topic);
    topics.add(topic + "-dlq");
    KafkaTopics.ensure(kafka, List.of(topic, topic + "-dlq"), KafkaTopics.DEFAULT_PARTITIONS);
    ReplaySummary published = Replayer.publish(kafka, topic, data, Replayer.AS_FAST_AS_POSSIBLE);
    long events = published.published();
    progress("published %,d events to %s in %.1f s", events, topic, published.publishSeconds());
    out.put("events", events);
    out.put("sessions", sessions);

    double consumeRate = consumeOnly(kafka, topic, events);
    progress("consume-only: %,.0f events/s", consumeRate);

    StreamSettings settings =
        settings(root, work.resolve("checkpoints-throughput"), topic, db).withReading(true, true);
    progress("running the job bounded from the beginning into %s", db.database());
    long started = System.nanoTime();
    JobClient job = StreamJob.start(settings, null);
    long[] ended = {0};
    CompletableFuture<?> done =
        job.getJobExecutionResult().whenComplete((r, e) -> ended[0] = System.nanoTime());
    long firstRow = 0;
    long nextProgress = started + 10_000_000_000L;
    while (!done.isDone()) {
      if (firstRow == 0 && rows(db) > 0) {
        firstRow = System.nanoTime();
        progress("first row visible after %.1f s", (firstRow - started) / 1e9);
      }
      if (System.nanoTime() > nextProgress) {
        progress(
            "job running %.0f s, %,d message rows", (System.nanoTime() - started) / 1e9, rows(db));
        nextProgress += 10_000_000_000L;
      }
      Thread.sleep(SAMPLE_MILLIS);
    }
    done.get();
    double wall = (ended[0] - started) / 1e9;
    double jobRate = events / wall;
    progress("job: %,d events in %.1f s = %,.0f events/s", events, wall, jobRate);
    out.put("consume_only_events_per_s", round(consumeRate, 0));
    out.put("job_events_per_s", round(jobRate, 0));
    out.put("job_seconds", round(wall, 2));
    out.put("ratio", round(jobRate / consumeRate, 4));
    if (firstRow > 0 && ended[0] > firstRow) {
      out.put("job_startup_s", round((firstRow - started) / 1e9, 2));
      out.put("job_events_per_s_after_first_row", round(events / ((ended[0] - firstRow) / 1e9), 0));
    }
    out.put("job_message_rows", rows(db));
  }

  // Step 4: the job unbounded on a fresh topic, warmed up, then a paced replay sampled every 100
  // ms.
  private void latency(
      KafkaSettings kafka,
      String root,
      ClickHouseGateway db,
      Path work,
      String topic,
      List<String> topics,
      ObjectNode out)
      throws Exception {
    // About 12.5 events a session: enough sessions to publish for the seconds asked.
    int latencySessions = (int) Math.max(10, Math.ceil(rate * seconds / 12.5));
    progress(
        "generating %,d sessions for %.0f s at %,.0f events/s", latencySessions, seconds, rate);
    Path data = generate(work.resolve("latency"), latencySessions, 31337, "2026-11-01");
    // Earlier event times than the measured data, so none of the measured events is late.
    Path warmup = generate(work.resolve("warmup"), 5, 7, "2026-10-01");
    topics.add(topic);
    topics.add(topic + "-dlq");
    KafkaTopics.ensure(kafka, List.of(topic, topic + "-dlq"), KafkaTopics.DEFAULT_PARTITIONS);
    StreamSettings settings =
        settings(root, work.resolve("checkpoints-latency"), topic, db).withReading(false, false);
    JobClient job = StreamJob.start(settings, null);
    try {
      // Warm-up: the pipeline has read, labelled and written rows before the clock starts.
      long warm = Replayer.publish(kafka, topic, warmup, Replayer.AS_FAST_AS_POSSIBLE).published();
      long baseline = waitStable(db, job, warm, 180_000);
      progress(
          "job warmed up: %,d warm-up rows visible; publishing at %,.0f events/s", baseline, rate);

      CompletableFuture<ReplaySummary> replay =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return Replayer.publish(kafka, topic, data, rate);
                } catch (IOException e) {
                  throw new IllegalStateException(e);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  throw new IllegalStateException(e);
                }
              });
      List<VisibilityLatency.Sample> samples = new ArrayList<>();
      long lastChange = System.currentTimeMillis();
      long last = baseline;
      long replayEnded = 0;
      long nextProgress = System.currentTimeMillis() + 5_000;
      while (true) {
        long now = System.currentTimeMillis();
        long count = rows(db);
        samples.add(new VisibilityLatency.Sample(now, count));
        if (count != last) {
          last = count;
          lastChange = now;
        }
        requireRunning(job);
        if (replay.isDone() && replayEnded == 0) {
          replayEnded = now;
          progress("replay done; waiting for the last rows");
        }
        if (now > nextProgress) {
          progress("%,d rows visible", count - baseline);
          nextProgress = now + 5_000;
        }
        // Done when the replay has ended and no row came for 5 s (the sink flushes every second).
        if (replayEnded > 0 && (now - lastChange > 5_000 || now - replayEnded > 120_000)) {
          break;
        }
        Thread.sleep(SAMPLE_MILLIS);
      }
      ReplaySummary summary = replay.get();
      long records = summary.published();
      // publishSeconds runs from the first send to the last acknowledgement.
      long publishStart = replayEnded - Math.round(summary.publishSeconds() * 1000);
      long[] latencies = VisibilityLatency.of(samples, baseline, publishStart, rate, records);
      double p50 = VisibilityLatency.percentile(latencies, 50);
      double p99 = VisibilityLatency.percentile(latencies, 99);
      progress(
          "latency over %,d of %,d events at %,.0f events/s: p50 %.0f ms, p99 %.0f ms",
          latencies.length, records, rate, p50, p99);
      out.put("latency_rate", rate);
      out.put("latency_events", records);
      out.put("latency_rows_visible", latencies.length);
      out.put("latency_publish_s", round(summary.publishSeconds(), 2));
      putNumber(out, "latency_p50_ms", p50);
      putNumber(out, "latency_p99_ms", p99);
      putNumber(
          out,
          "latency_max_ms",
          latencies.length == 0 ? Double.NaN : latencies[latencies.length - 1]);
      out.put(
          "latency_method",
          "the k-th row of messages (one per event) seen by SELECT count() every 100 ms, against"
              + " the k-th record's send time approximated as replay start + k/rate");
    } finally {
      job.cancel().exceptionally(e -> null).get();
    }
  }

  private static StreamSettings settings(
      String root, Path checkpoints, String topic, ClickHouseGateway db) {
    return StreamSettings.defaults(root, checkpoints.toAbsolutePath().toUri().toString())
        .withTopics(topic, topic + "-dlq", "bench-" + topic)
        .withClickHouse(db.settings());
  }

  // Waits for the expected rows (warm-up) or, failing that, for the count to stop moving.
  private static long waitStable(ClickHouseGateway db, JobClient job, long expected, long timeoutMs)
      throws Exception {
    long deadline = System.currentTimeMillis() + timeoutMs;
    long last = -1;
    long lastChange = System.currentTimeMillis();
    while (System.currentTimeMillis() < deadline) {
      requireRunning(job);
      long count = rows(db);
      if (count >= expected) {
        return count;
      }
      if (count != last) {
        last = count;
        lastChange = System.currentTimeMillis();
      } else if (count > 0 && System.currentTimeMillis() - lastChange > 5_000) {
        return count;
      }
      Thread.sleep(SAMPLE_MILLIS);
    }
    throw new IllegalStateException(
        "the job wrote no warm-up rows to ClickHouse within " + timeoutMs / 1000 + " s");
  }

  private static void requireRunning(JobClient job) throws Exception {
    JobStatus status = job.getJobStatus().get();
    if (status.isGloballyTerminalState()) {
      job.getJobExecutionResult().get();
      throw new IllegalStateException("the streaming job ended " + status);
    }
  }

  private static long rows(ClickHouseGateway db) {
    try {
      return db.queryLong("SELECT count() FROM " + db.qualify(KefuSchema.MESSAGES));
    } catch (RuntimeException notYet) {
      return 0;
    }
  }

  /** Reads the whole topic once with a plain consumer; returns records/s. */
  static double consumeOnly(KafkaSettings kafka, String topic, long expected) {
    Properties props = kafka.clientProperties();
    props.put("enable.auto.commit", "false");
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (PartitionInfo p : consumer.partitionsFor(topic)) {
        partitions.add(new TopicPartition(topic, p.partition()));
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      long total = 0;
      for (TopicPartition p : partitions) {
        total += end.get(p) - begin.get(p);
      }
      long read = 0;
      long bytes = 0;
      long started = System.nanoTime();
      while (read < total) {
        ConsumerRecords<byte[], byte[]> records = consumer.poll(java.time.Duration.ofMillis(500));
        for (var r : records) {
          bytes += r.value() == null ? 0 : r.value().length;
        }
        read += records.count();
        if (System.nanoTime() - started > 300_000_000_000L) {
          throw new IllegalStateException("consume-only pass read " + read + " of " + total);
        }
      }
      double wall = (System.nanoTime() - started) / 1e9;
      if (read != expected) {
        progress("consume-only read %,d records, published %,d", read, expected);
      }
      progress("consume-only: %,d records (%,.1f MB) in %.2f s", read, bytes / 1e6, wall);
      return read / wall;
    }
  }

  private static Path generate(Path out, int sessions, long seed, String start) {
    int rc =
        new CommandLine(new GenerateCommand())
            .setOut(new java.io.PrintWriter(System.err, true))
            .execute(
                "--sessions",
                String.valueOf(sessions),
                "--seed",
                String.valueOf(seed),
                "--start",
                start,
                "--export-share",
                "0",
                "--corrupt-rate",
                "0",
                "--out",
                out.toString());
    if (rc != 0) {
      throw new IllegalStateException("generating sample data failed with exit code " + rc);
    }
    return out;
  }

  static String defaultRegistry() {
    String state = Optional.ofNullable(System.getenv("KEFU_STATE")).orElse(".kefu");
    return Path.of(state).resolve("demo/registry").toString();
  }

  // One line naming what fills the registry, instead of a failure inside the first task.
  static void requireProductionModels(String root) {
    if (!root.contains("://") && !Files.isDirectory(Path.of(root))) {
      throw new IllegalStateException(
          "no model registry at " + root + ": run ./kefu demo first, or pass --registry DIR");
    }
    ModelRegistry registry = ModelRegistry.open(root);
    for (String task : new String[] {"intent", "sentiment"}) {
      if (registry.aliasVersion(task, "production").isEmpty()) {
        throw new IllegalStateException(
            "no production "
                + task
                + " model in "
                + root
                + ": run ./kefu demo first (it trains and promotes them), or pass --registry DIR");
      }
    }
  }

  private static void deleteTopics(KafkaSettings kafka, List<String> topics) {
    if (topics.isEmpty()) {
      return;
    }
    try (Admin admin = Admin.create(kafka.clientProperties())) {
      admin.deleteTopics(topics).all().get();
    } catch (Exception e) {
      progress("could not delete topics %s: %s", topics, e.getMessage());
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static void putNumber(ObjectNode out, String field, double value) {
    if (Double.isNaN(value)) {
      out.putNull(field);
    } else {
      out.put(field, round(value, 0));
    }
  }

  private static double round(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }

  private static void progress(String format, Object... args) {
    System.err.println("[bench] " + String.format(Locale.ROOT, format, args));
  }
}
