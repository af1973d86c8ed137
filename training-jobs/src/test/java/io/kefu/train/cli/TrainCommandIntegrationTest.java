package io.kefu.train.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefu.cli.CommandLines;
import io.kefu.registry.ModelRegistry;
import io.kefu.registry.ModelVersion;
import io.kefu.registry.provenance.ModelProvenance;
import io.kefu.train.classify.TextClassifier;
import io.kefu.train.predict.RegisteredClassifiers;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code train sentiment --labels} end to end: split, DL4J, the Spark baseline, registration. */
class TrainCommandIntegrationTest {

  private static final List<String> GOOD = List.of("好吃", "很快", "满意", "推荐", "味道不错", "好评");
  private static final List<String> BAD = List.of("难吃", "太慢", "凉了", "差评", "不新鲜", "送错");
  private static final List<String> FILLER =
      List.of("这家", "外卖", "今天", "的", "菜", "饭", "送餐", "真的", "还是", "感觉", "了", "！", "。");

  /** A waimai_10k-style {@code label,review} file with 1/0 labels. */
  private static Path toyReviews(Path dir, int rows) throws Exception {
    Random random = new Random(3);
    StringBuilder csv = new StringBuilder("label,review\n");
    for (int i = 0; i < rows; i++) {
      boolean good = i % 2 == 0;
      List<String> words = good ? GOOD : BAD;
      StringBuilder review = new StringBuilder();
      review.append(FILLER.get(random.nextInt(FILLER.size())));
      review.append(words.get(random.nextInt(words.size())));
      for (int k = random.nextInt(3); k >= 0; k--) {
        review.append(FILLER.get(random.nextInt(FILLER.size())));
      }
      csv.append(good ? "1" : "0").append(',').append(review).append(i).append('\n');
    }
    return Files.writeString(dir.resolve("toy.csv"), csv, StandardCharsets.UTF_8);
  }

  @Test
  void trainSentimentRegistersVersionOneWithItsEvaluation(@TempDir Path dir) throws Exception {
    Path labels = toyReviews(dir, 300);
    Path registryDir = dir.resolve("registry");
    Path work = dir.resolve("work");

    int exit =
        new CommandLine(new TrainCommand())
            .execute(
                "sentiment",
                "--labels",
                labels.toString(),
                "--registry",
                registryDir.toString(),
                "--work",
                work.toString(),
                "--epochs",
                "3",
                "--master",
                "local[2]");

    assertThat(exit).isZero();
    ModelRegistry registry = ModelRegistry.open(registryDir);
    assertThat(registry.versions("sentiment")).containsExactly(1);
    ModelVersion v1 = registry.load("sentiment", 1);
    assertThat(v1.artifact("evaluation.json")).isRegularFile();
    assertThat(v1.artifact("evaluation.html")).isRegularFile();
    assertThat(v1.artifact("model.json")).isRegularFile();

    ModelProvenance provenance = v1.metadata().provenance();
    assertThat(provenance.labels()).containsExactly("negative", "positive");
    assertThat(provenance.metrics()).containsKeys("accuracy", "macro_f1", "ece");
    // three epochs of the default configuration on 240 examples: the figures exist, not high
    assertThat(provenance.metrics().values()).allSatisfy(v -> assertThat(v).isBetween(0.0, 1.0));
    assertThat(provenance.data().paths()).containsExactly(labels.toString());
    assertThat(provenance.data().rowCounts().values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(300);
    assertThat(provenance.data().contentHash()).isNotBlank();
    assertThat(provenance.testSetFingerprint()).isNotBlank();
    assertThat(provenance.seed()).isEqualTo(7);
    // parameters as data from the config record, versions from the build
    assertThat(provenance.parameters().get("config"))
        .asInstanceOf(InstanceOfAssertFactories.map(String.class, Object.class))
        .containsEntry("embedding_size", 64)
        .containsEntry("max_epochs", 3)
        .containsEntry("members", 3)
        .containsEntry("features", Map.of("min_n", 1, "max_n", 3, "max_units", 256));
    assertThat(provenance.parameters().get("temperature")).isInstanceOf(Double.class);
    assertThat(provenance.libraryVersions()).containsKeys("kefu", "deeplearning4j", "spark");

    JsonNode evaluation = new ObjectMapper().readTree(v1.artifact("evaluation.json").toFile());
    assertThat(evaluation.path("model").path("macro_f1").asDouble())
        .isEqualTo(Math.round(provenance.metric("macro_f1").orElseThrow() * 10000) / 10000.0);
    assertThat(evaluation.path("baseline").path("examples").asLong())
        .isEqualTo(evaluation.path("split").path("test").asLong());
    // three members, each early-stopped within --epochs 3
    assertThat(evaluation.path("training").path("epochs").size()).isBetween(3, 9);
    assertThat(evaluation.path("training").path("best_epochs").size()).isEqualTo(3);
  }

  @Test
  void anIntentModelServesTheTaxonomyItWasGivenInFrontOfItsNetworks(@TempDir Path dir)
      throws Exception {
    Path labels = toyReviews(dir, 200);
    Path taxonomy =
        Files.writeString(
            dir.resolve("taxonomy.json"),
            "{\"intents\": [{\"id\": \"invoice\", \"keywords\": [\"报销\"]}]}",
            StandardCharsets.UTF_8);
    Path registryDir = dir.resolve("registry");

    int exit =
        new CommandLine(new TrainCommand())
            .execute(
                "intent",
                "--labels",
                labels.toString(),
                "--taxonomy",
                taxonomy.toString(),
                "--registry",
                registryDir.toString(),
                "--work",
                dir.resolve("work").toString(),
                "--epochs",
                "2",
                "--members",
                "1",
                "--master",
                "local[2]");

    assertThat(exit).isZero();
    ModelVersion v1 = ModelRegistry.open(registryDir).load("intent", 1);
    assertThat(v1.metadata().provenance().parameters()).containsKey("serving");
    TextClassifier served = RegisteredClassifiers.load(v1);
    assertThat(served.rules().taxonomy().rules()).hasSize(1);
    assertThat(served.predict(List.of("这单能报销吗")).get(0).label()).isEqualTo("invoice");
    assertThat(served.withoutRules().predict(List.of("这单能报销吗")).get(0).label()).isIn("0", "1");
  }

  @Test
  void trainingOnOneLabelFailsWithOneLineAndNoStackTrace(@TempDir Path dir) throws Exception {
    Path labels =
        Files.writeString(
            dir.resolve("one.csv"), "label,review\n1,好吃\n1,很快\n1,满意\n", StandardCharsets.UTF_8);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream before = System.err;
    int exit;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      exit =
          CommandLines.run(
              new TrainCommand(),
              "sentiment",
              "--labels",
              labels.toString(),
              "--registry",
              dir.resolve("registry").toString(),
              "--work",
              dir.resolve("work").toString(),
              "--master",
              "local[1]");
    } finally {
      System.setErr(before);
    }

    assertThat(exit).isEqualTo(CommandLines.FAILED);
    // engine logs may share stderr; the command's own output is the one line, with no stack trace
    assertThat(err.toString(StandardCharsets.UTF_8).lines())
        .contains("sentiment: the training data has one label (positive) and needs at least two")
        .noneMatch(line -> line.startsWith("\tat ") || line.contains("nOut"));
  }
}
