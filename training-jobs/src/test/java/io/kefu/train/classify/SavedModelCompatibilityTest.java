package io.kefu.train.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.kefu.core.model.Prediction;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Models stay readable across releases: a model saved by an earlier commit still predicts. */
class SavedModelCompatibilityTest {

  private static final String FIXTURE = "/fixtures/intent-toy-format1";

  @Test
  void aModelSavedByAnEarlierReleaseLoadsAndPredictsAsItDidThen() throws Exception {
    Path dir = fixture();
    TextClassifier model = TextClassifier.load(dir.resolve("model"));
    List<String[]> expected = expectedPredictions(dir.resolve("predictions.tsv"));
    List<String> texts = new ArrayList<>();
    expected.forEach(row -> texts.add(row[0]));

    List<Prediction> actual = model.predict(texts);
    double[][] raw = model.rawProbabilities(texts);

    assertThat(model.task()).isEqualTo("intent");
    assertThat(model.head().labels()).containsExactly("invoice", "refund", "shipping");
    assertThat(expected).hasSizeGreaterThan(10);
    for (int i = 0; i < texts.size(); i++) {
      assertThat(actual.get(i).label()).as(texts.get(i)).isEqualTo(expected.get(i)[1]);
      assertThat(actual.get(i).confidence())
          .as(texts.get(i))
          .isCloseTo(Double.parseDouble(expected.get(i)[2]), within(1e-5));
      for (int label = 0; label < raw[i].length; label++) {
        assertThat(raw[i][label])
            .as(texts.get(i) + " " + model.head().labels().get(label))
            .isCloseTo(Double.parseDouble(expected.get(i)[3 + label]), within(1e-5));
      }
    }
  }

  private static Path fixture() throws URISyntaxException {
    return Path.of(SavedModelCompatibilityTest.class.getResource(FIXTURE).toURI());
  }

  private static List<String[]> expectedPredictions(Path tsv) throws IOException {
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    List<String[]> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      rows.add(line.split("\t", -1));
    }
    return rows;
  }
}
