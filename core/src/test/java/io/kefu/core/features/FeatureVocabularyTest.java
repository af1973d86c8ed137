package io.kefu.core.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureVocabularyTest {

  private static final Map<String, Integer> COUNTS =
      Map.of("退", 5, "款", 3, "货", 3, "退 款", 2, "的", 1);

  @Test
  void featuresAreIndexedMostFrequentFirstWithTiesByFeature() {
    FeatureVocabulary v = FeatureVocabulary.build(COUNTS, 10, 1, 100);

    assertThat(v.size()).isEqualTo(6);
    assertThat(v.feature(FeatureVocabulary.NONE)).isEqualTo("<none>");
    assertThat(List.of(v.feature(1), v.feature(2), v.feature(3), v.feature(4), v.feature(5)))
        .containsExactly("退", "款", "货", "退 款", "的");
  }

  @Test
  void featuresBelowMinCountAreLeftOut() {
    FeatureVocabulary v = FeatureVocabulary.build(COUNTS, 10, 3, 100);

    assertThat(v.size()).isEqualTo(4);
    assertThat(v.indices(List.of("退 款", "的"))).containsExactly(FeatureVocabulary.NONE);
  }

  @Test
  void atMostMaxSizeFeaturesAreKept() {
    FeatureVocabulary v = FeatureVocabulary.build(COUNTS, 10, 1, 2);

    assertThat(v.size()).isEqualTo(3);
    assertThat(v.indices(List.of("退", "款", "货"))).containsExactly(1, 2);
  }

  @Test
  void weightsAreSmoothedInverseDocumentFrequencies() {
    int texts = 10;
    FeatureVocabulary v = FeatureVocabulary.build(COUNTS, texts, 1, 100);

    assertThat(v.weight(FeatureVocabulary.NONE)).isEqualTo(1f);
    for (int i = 1; i < v.size(); i++) {
      double expected = Math.log((1.0 + texts) / (1.0 + COUNTS.get(v.feature(i)))) + 1.0;
      assertThat((double) v.weight(i)).isCloseTo(expected, within(1e-6));
    }
    assertThat(v.weight(5)).isGreaterThan(v.weight(1));
  }

  @Test
  void indicesKeepTextOrderAndSkipUnknownFeatures() {
    FeatureVocabulary v = FeatureVocabulary.build(COUNTS, 10, 1, 100);

    assertThat(v.indices(List.of("货", "从未见过", "退", "货"))).containsExactly(3, 1, 3);
  }

  @Test
  void aTextWithOnlyUnknownFeaturesOrNoneGivesNone() {
    FeatureVocabulary v = FeatureVocabulary.build(COUNTS, 10, 1, 100);

    assertThat(v.indices(List.of("从", "未"))).containsExactly(FeatureVocabulary.NONE);
    assertThat(v.indices(List.of())).containsExactly(FeatureVocabulary.NONE);
  }

  @Test
  void countCountsTextsNotOccurrences() {
    var featurizer = new FeatureSpec(1, 1, 64).featurizer();

    Map<String, Integer> counts = FeatureVocabulary.count(featurizer, List.of("好好好", "好的", "的"));

    assertThat(counts).containsOnly(Map.entry("好", 2), Map.entry("的", 2));
  }

  @Test
  void aWrittenVocabularyReadsBackIdentically(@TempDir Path dir) throws IOException {
    var featurizer = new FeatureSpec(1, 2, 64).featurizer();
    List<String> texts = List.of("我要退款", "退款多久到账", "快递到哪了 iPhone", "发票[PHONE]");
    FeatureVocabulary v =
        FeatureVocabulary.build(FeatureVocabulary.count(featurizer, texts), texts.size(), 1, 1000);
    Path file = dir.resolve("vocabulary.txt");

    v.write(file);
    FeatureVocabulary back = FeatureVocabulary.read(file);

    assertThat(back.size()).isEqualTo(v.size());
    for (int i = 0; i < v.size(); i++) {
      assertThat(back.feature(i)).isEqualTo(v.feature(i));
      assertThat(back.weight(i)).isEqualTo(v.weight(i));
    }
    for (String t : texts) {
      assertThat(back.indices(featurizer.features(t))).isEqualTo(v.indices(featurizer.features(t)));
    }
  }

  @Test
  void aLineWithoutWeightIsReportedWithItsLineNumber(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("vocabulary.txt");
    Files.writeString(file, "<none>\t1.0\n退\t1.5\n款\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> FeatureVocabulary.read(file))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(file + ":3:")
        .hasMessageContaining("feature TAB weight");
  }

  @Test
  void aFileNotStartingWithNoneIsNotAVocabulary(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("vocabulary.txt");
    Files.writeString(file, "退\t1.5\n", StandardCharsets.UTF_8);
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");

    assertThatThrownBy(() -> FeatureVocabulary.read(file))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not a feature vocabulary");
    assertThatThrownBy(() -> FeatureVocabulary.read(empty))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not a feature vocabulary");
  }
}
