package io.kefu.train.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefu.core.label.IntentRules;
import io.kefu.core.label.IntentTaxonomy;
import io.kefu.core.model.Prediction;
import io.kefu.train.ToyTexts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextClassifierTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aSavedModelLoadedBackPredictsTheSame(@TempDir Path dir) throws IOException {
    TextClassifier model = ToyTexts.trained().model();
    List<String> texts = ToyTexts.texts(ToyTexts.split().test());
    texts.add("");

    model.save(dir.resolve("model"));
    TextClassifier back = TextClassifier.load(dir.resolve("model"));

    assertThat(dir.resolve("model"))
        .isDirectoryContaining(p -> p.endsWith(TextClassifier.NETWORK_FILE))
        .isDirectoryContaining(p -> p.endsWith(TextClassifier.VOCABULARY_FILE))
        .isDirectoryContaining(p -> p.endsWith(TextClassifier.MODEL_FILE));
    assertThat(back.task()).isEqualTo(model.task());
    assertThat(back.spec()).isEqualTo(model.spec());
    assertThat(back.head()).isEqualTo(model.head());
    List<Prediction> expected = model.predict(texts);
    List<Prediction> actual = back.predict(texts);
    for (int i = 0; i < texts.size(); i++) {
      assertThat(actual.get(i).label()).as(texts.get(i)).isEqualTo(expected.get(i).label());
      assertThat(actual.get(i).confidence())
          .as(texts.get(i))
          .isCloseTo(expected.get(i).confidence(), within(1e-6));
    }
  }

  @Test
  void plainJavaServingEqualsDl4jOnASavedModel(@TempDir Path dir) throws IOException {
    ToyTexts.trained().model().save(dir.resolve("model"));
    assertPlainJavaEqualsDl4j(TextClassifier.load(dir.resolve("model")));
  }

  @Test
  void anEnsembleAveragesItsMembersAndServesAsDl4jWouldAfterSaveAndLoad(@TempDir Path dir)
      throws IOException {
    var split = ToyTexts.split();
    var config = ToyTexts.tinyConfig(ToyTexts.EPOCHS);
    TextClassifier ensemble =
        new ClassifierTrainer(config.withMembers(3), ToyTexts.SEED)
            .train("intent", split.train(), split.validation(), null)
            .model();
    ensemble.save(dir.resolve("model"));
    TextClassifier back = TextClassifier.load(dir.resolve("model"));

    assertThat(back.members()).isEqualTo(3);
    assertThat(dir.resolve("model"))
        .isDirectoryContaining(p -> p.endsWith("network-2.zip"))
        .isDirectoryContaining(p -> p.endsWith("network-3.zip"));
    assertPlainJavaEqualsDl4j(back);
    // the first member alone is the model one member with the same seed gives
    TextClassifier single =
        new ClassifierTrainer(config, ToyTexts.SEED)
            .train("intent", split.train(), split.validation(), null)
            .model();
    List<String> texts = ToyTexts.texts(split.test());
    double[][] ensembleRaw = back.rawProbabilities(texts);
    double[][] singleRaw = single.rawProbabilities(texts);
    boolean differs = false;
    for (int i = 0; i < texts.size(); i++) {
      differs |= Math.abs(ensembleRaw[i][0] - singleRaw[i][0]) > 1e-6;
    }
    assertThat(differs).as("three members average to something else than the first").isTrue();
  }

  @Test
  void aModelOfAFutureFormatIsRefusedNamingTheReleaseThatCanReadIt(@TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve(TextClassifier.MODEL_FILE), "{\"format\": 4}");

    assertThatThrownBy(() -> TextClassifier.load(dir))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("formats 1 to 3")
        .hasMessageContaining("newer Kefu Insight");
  }

  /** Rules for the toy set's invoice class only, keyed on a word the toy texts never use. */
  private static IntentRules invoiceRules() {
    return new IntentRules(
        IntentTaxonomy.parse(
            JSON.createObjectNode()
                .set(
                    "intents",
                    JSON.createArrayNode()
                        .add(
                            JSON.createObjectNode()
                                .put("id", "invoice")
                                .set("keywords", JSON.createArrayNode().add("报销"))))
                .deepCopy(),
            "test"));
  }

  @Test
  void theRulesDecideWhatTheyLabelAndTheNetworksTheRest() {
    TextClassifier networks = ToyTexts.trained().model();
    TextClassifier served = networks.withRules(invoiceRules());

    assertThat(networks.predict(List.of("我要退款 报销")).get(0).label()).isEqualTo(ToyTexts.REFUND);
    assertThat(served.predict(List.of("我要退款 报销")).get(0).label()).isEqualTo(ToyTexts.INVOICE);
    assertThat(served.predict(List.of("我要退款"))).isEqualTo(networks.predict(List.of("我要退款")));
    assertThat(served.withoutRules().predict(List.of("我要退款 报销")))
        .isEqualTo(networks.predict(List.of("我要退款 报销")));
  }

  @Test
  void rulesTravelInsideTheModelFolder(@TempDir Path dir) throws IOException {
    TextClassifier served = ToyTexts.trained().model().withRules(invoiceRules());
    served.save(dir);

    assertThat(dir.resolve(TextClassifier.RULES_FILE)).isRegularFile();
    TextClassifier back = TextClassifier.load(dir);
    assertThat(back.rules()).isNotNull();
    List<String> texts = List.of("我要退款 报销", "发票", "快递");
    assertThat(back.predict(texts)).isEqualTo(served.predict(texts));
    Files.delete(dir.resolve(TextClassifier.RULES_FILE));
    assertThatThrownBy(() -> TextClassifier.load(dir))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("taxonomy.json");
  }

  @Test
  void rulesMayNameAnIntentTheNetworksNeverSaw() {
    TextClassifier served =
        ToyTexts.trained().model().withRules(new IntentRules(IntentTaxonomy.packaged()));

    // the toy networks know refund, shipping and invoice only
    assertThat(served.predict(List.of("赠品没收到")).get(0).label()).isEqualTo("gift");
  }

  @Test
  void aMissingMemberIsAClearError(@TempDir Path dir) throws IOException {
    ToyTexts.trained().model().save(dir);
    String json = Files.readString(dir.resolve(TextClassifier.MODEL_FILE));
    Files.writeString(
        dir.resolve(TextClassifier.MODEL_FILE), json.replace("\"members\" : 1", "\"members\" : 2"));

    assertThatThrownBy(() -> TextClassifier.load(dir))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("network-2.zip is missing");
  }

  private static void assertPlainJavaEqualsDl4j(TextClassifier model) {
    List<String> texts = ToyTexts.texts(ToyTexts.split().test());
    texts.add("");
    texts.add("zzzz qqqq"); // no feature in the vocabulary
    texts.add("退款 ".repeat(300)); // longer than the feature spec's unit limit
    double[][] plain = model.rawProbabilities(texts);
    double[][] dl4j = model.dl4jRawProbabilities(texts);

    assertThat(plain).hasSameDimensionsAs(dl4j);
    for (int i = 0; i < texts.size(); i++) {
      assertThat(dl4j[i]).as("DL4J, %s", texts.get(i)).doesNotContain(Double.NaN);
      for (int c = 0; c < plain[i].length; c++) {
        assertThat(plain[i][c])
            .as("%s, class %d", texts.get(i), c)
            .isCloseTo(dl4j[i][c], within(1e-5));
      }
    }
  }

  @Test
  void aFallbackHeadSurvivesSaveAndLoad(@TempDir Path dir) throws IOException {
    TextClassifier model = ToyTexts.trained().model();
    ClassifierHead head = new ClassifierHead(model.head().labels(), 1.7, ToyTexts.REFUND, 0.35);

    model.withHead(head).save(dir);

    assertThat(TextClassifier.load(dir).head()).isEqualTo(head);
  }

  @Test
  void loadingAFolderWithoutModelJsonIsAClearError(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("vocabulary.txt"), "<none>\t1.0\n");

    assertThatThrownBy(() -> TextClassifier.load(dir))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(dir.toString())
        .hasMessageContaining(TextClassifier.MODEL_FILE);
  }

  @Test
  void loadingAnUnknownFormatIsAClearError(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve(TextClassifier.MODEL_FILE), "{\"format\": 9}");

    assertThatThrownBy(() -> TextClassifier.load(dir))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("unknown format");
  }

  @Test
  void concurrentCallersGetTheSamePredictionsAsOneCaller() throws Exception {
    TextClassifier model = ToyTexts.trained().model();
    List<String> texts = ToyTexts.texts(ToyTexts.split().test());
    List<Prediction> expected = model.predict(texts);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Prediction>>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(pool.submit(() -> model.predict(texts)));
      }
      for (Future<List<Prediction>> r : results) {
        List<Prediction> got = r.get();
        for (int i = 0; i < texts.size(); i++) {
          assertThat(got.get(i).label()).isEqualTo(expected.get(i).label());
          assertThat(got.get(i).confidence()).isCloseTo(expected.get(i).confidence(), within(1e-6));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
