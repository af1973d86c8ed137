package io.kefu.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefu.clickhouse.ClickHouseGateway;
import io.kefu.core.label.IntentRules;
import io.kefu.core.label.IntentTaxonomy;
import io.kefu.kafka.KafkaTopics;
import io.kefu.metrics.job.StreamJob;
import io.kefu.registry.ModelRegistry;
import io.kefu.registry.promotion.PromotionRequest;
import io.kefu.registry.provenance.DataFingerprint;
import io.kefu.registry.provenance.ModelProvenance;
import io.kefu.samples.GenerateCommand;
import io.kefu.samples.replay.Replayer;
import io.kefu.testing.LocalStack;
import io.kefu.train.classify.ClassifierConfig;
import io.kefu.train.classify.ClassifierTrainer;
import io.kefu.train.classify.TextClassifier;
import io.kefu.train.data.DataSplit;
import io.kefu.train.data.LabeledText;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * Generated chat logs and a registry with small production intent and sentiment models trained on
 * them (labels from the generator's truth; the intent model with the packaged taxonomy's rules in
 * front, as {@code ./kefu train intent} registers it): what the streaming job needs to start.
 */
final class StreamFixtures {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long SEED = 11;

  private StreamFixtures() {}

  /** {@code ./kefu generate} of two days into {@code out}. */
  static Path generate(Path out, int sessions, String... extra) {
    return generate(out, sessions, 2, extra);
  }

  /** {@code ./kefu generate} into {@code out}. */
  static Path generate(Path out, int sessions, int days, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--sessions",
                String.valueOf(sessions),
                "--seed",
                "5",
                "--days",
                String.valueOf(days),
                "--out",
                out.toString()));
    args.addAll(List.of(extra));
    int rc = new CommandLine(new GenerateCommand()).execute(args.toArray(String[]::new));
    if (rc != 0) {
      throw new IllegalStateException("generate failed with " + rc);
    }
    return out;
  }

  /**
   * Publishes {@code input} (a generated data folder or a folder of raw JSON lines) to a fresh
   * topic and runs the stream over it bounded from the beginning, into a scratch database that the
   * caller drops.
   */
  static ClickHouseGateway streamBounded(Path input, Path registry, Path checkpoints)
      throws Exception {
    String topic = LocalStack.uniqueName("events");
    KafkaTopics.ensure(LocalStack.kafka(), List.of(topic, topic + "-dlq"), 2);
    Replayer.publish(LocalStack.kafka(), topic, input, Replayer.AS_FAST_AS_POSSIBLE);
    ClickHouseGateway db = LocalStack.scratchClickHouse();
    StreamSettings s =
        StreamSettings.defaults(registry.toString(), checkpoints.toUri().toString())
            .withTopics(topic, topic + "-dlq", LocalStack.uniqueName("group"))
            .withReading(true, true)
            .withClickHouse(db.settings());
    StreamJob.start(s, null).getJobExecutionResult().get();
    return db;
  }

  private static Path smallRegistry;

  /**
   * A registry with small models trained on 120 generated sessions, built once per test JVM for the
   * tests that need a registry but not one of their own data; deleted when the JVM exits.
   */
  static synchronized Path smallRegistry() throws IOException {
    if (smallRegistry == null) {
      Path dir = Files.createTempDirectory("kefu-stream-registry");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
      smallRegistry = registry(generate(dir.resolve("data"), 120), dir.resolve("registry"));
    }
    return smallRegistry;
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temporary folder: the OS cleans it up in the end
    }
  }

  /** A registry with production intent and sentiment models trained on {@code data}. */
  static Path registry(Path data, Path root) throws IOException {
    Map<String, JsonNode> truth = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(data.resolve("truth/sessions.jsonl"))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        JsonNode node = JSON.readTree(line);
        truth.put(node.get("session_id").asText(), node);
      }
    }
    List<LabeledText> intents = new ArrayList<>();
    List<LabeledText> sentiments = new ArrayList<>();
    Map<String, Integer> customerIndex = new HashMap<>();
    try (Stream<Path> files = Files.list(data.resolve("raw"))) {
      for (Path file : files.sorted().toList()) {
        for (String line : Files.readAllLines(file)) {
          JsonNode e;
          try {
            e = JSON.readTree(line);
          } catch (IOException corrupt) {
            continue;
          }
          if (e == null || !"customer".equals(e.path("role").asText())) {
            continue;
          }
          JsonNode session = truth.get(e.path("session_id").asText());
          if (session == null || !e.hasNonNull("text")) {
            continue;
          }
          int i = customerIndex.merge(session.get("session_id").asText(), 1, Integer::sum) - 1;
          String text = e.get("text").asText();
          if (i == 0) {
            intents.add(new LabeledText(text, session.get("intent").asText()));
          }
          JsonNode path = session.path("sentiment_path");
          if (i < path.size()) {
            sentiments.add(new LabeledText(text, path.get(i).asText()));
          }
        }
      }
    }
    ModelRegistry registry = ModelRegistry.open(root);
    register(registry, "intent", intents, "other", root.resolve("work-intent"));
    register(registry, "sentiment", sentiments, null, root.resolve("work-sentiment"));
    return root;
  }

  private static void register(
      ModelRegistry registry, String task, List<LabeledText> examples, String fallback, Path work)
      throws IOException {
    DataSplit split = DataSplit.of(examples, SEED);
    ClassifierConfig config = ClassifierConfig.DEFAULT.withMaxEpochs(3);
    ClassifierTrainer.Trained trained =
        new ClassifierTrainer(config, SEED)
            .train(task, split.train(), split.validation(), fallback);
    // Served as production serves an intent model: the packaged taxonomy's rules in front.
    TextClassifier model =
        "intent".equals(task)
            ? trained.model().withRules(new IntentRules(IntentTaxonomy.packaged()))
            : trained.model();
    model.save(work);
    List<String> labels = examples.stream().map(LabeledText::label).distinct().sorted().toList();
    ModelProvenance provenance =
        new ModelProvenance(
            new DataFingerprint(List.of("generated"), Map.of("train", (long) examples.size()), "t"),
            Map.of(),
            SEED,
            "test",
            Map.of(),
            ModelProvenance.currentJavaVersion(),
            ModelProvenance.currentOsArch(),
            "2026-12-01T00:00:00Z",
            Map.of("macro_f1", 0.5),
            "sha256:test",
            labels);
    int version = registry.register(task, work, provenance).version();
    registry.promote(PromotionRequest.toProduction(task, version));
  }
}
