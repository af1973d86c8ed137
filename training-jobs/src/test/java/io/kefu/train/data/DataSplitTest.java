package io.kefu.train.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DataSplitTest {

  private static final long SEED = 7;

  /** {@code n} distinct generated messages. */
  private static List<LabeledText> generated(int n) {
    Random random = new Random(11);
    List<LabeledText> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new LabeledText("订单" + i + "什么时候发货" + random.nextInt(1000), "l" + (i % 3)));
    }
    return out;
  }

  /** text → "train", "validation" or "test". */
  private static Map<String, String> parts(DataSplit split) {
    Map<String, String> out = new HashMap<>();
    split.train().forEach(e -> out.put(e.text(), "train"));
    split.validation().forEach(e -> out.put(e.text(), "validation"));
    split.test().forEach(e -> out.put(e.text(), "test"));
    return out;
  }

  @Test
  void sameTextAlwaysLandsInTheSamePart() {
    List<LabeledText> examples = generated(3000);
    List<LabeledText> shuffled = new ArrayList<>(examples);
    Collections.shuffle(shuffled, new Random(3));

    Map<String, String> first = parts(DataSplit.of(examples, SEED));
    Map<String, String> again = parts(DataSplit.of(examples, SEED));
    Map<String, String> reordered = parts(DataSplit.of(shuffled, SEED));
    Map<String, String> fromSubset = parts(DataSplit.of(examples.subList(0, 500), SEED));

    assertThat(again).isEqualTo(first);
    assertThat(reordered).isEqualTo(first);
    fromSubset.forEach((text, part) -> assertThat(first).containsEntry(text, part));
  }

  @Test
  void identicalTextsLandTogether() {
    List<LabeledText> examples = new ArrayList<>();
    for (LabeledText e : generated(400)) {
      examples.add(e);
      examples.add(new LabeledText(e.text(), "another label"));
      // the same message after normalisation: full-width digits, extra spaces
      examples.add(new LabeledText("  " + toFullWidthDigits(e.text()) + " ", e.label()));
    }

    DataSplit split = DataSplit.of(examples, SEED);

    Map<String, List<String>> partsByNormalised = new HashMap<>();
    addParts(partsByNormalised, split.train(), "train");
    addParts(partsByNormalised, split.validation(), "validation");
    addParts(partsByNormalised, split.test(), "test");
    assertThat(partsByNormalised).hasSize(400);
    partsByNormalised.forEach(
        (text, seen) -> assertThat(seen).as(text).hasSize(3).containsOnly(seen.get(0)));
  }

  private static void addParts(Map<String, List<String>> out, List<LabeledText> part, String name) {
    part.forEach(
        e ->
            out.computeIfAbsent(fromFullWidthDigits(e.text().strip()), k -> new ArrayList<>())
                .add(name));
  }

  private static String toFullWidthDigits(String s) {
    StringBuilder b = new StringBuilder();
    s.chars().forEach(c -> b.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : (char) c));
    return b.toString();
  }

  private static String fromFullWidthDigits(String s) {
    StringBuilder b = new StringBuilder();
    s.chars().forEach(c -> b.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : (char) c));
    return b.toString();
  }

  @Test
  void partsAreRoughlyEightyTenTenAndNothingIsLost() {
    List<LabeledText> examples = generated(5000);

    DataSplit split = DataSplit.of(examples, SEED);

    double n = examples.size();
    assertThat(split.train().size() + split.validation().size() + split.test().size())
        .isEqualTo(examples.size());
    assertThat(split.train().size() / n).isBetween(0.77, 0.83);
    assertThat(split.validation().size() / n).isBetween(0.08, 0.12);
    assertThat(split.test().size() / n).isBetween(0.08, 0.12);
  }

  @Test
  void aDifferentSeedGivesADifferentSplit() {
    List<LabeledText> examples = generated(3000);
    Map<String, String> seven = parts(DataSplit.of(examples, 7));
    Map<String, String> eight = parts(DataSplit.of(examples, 8));

    long moved = seven.keySet().stream().filter(t -> !seven.get(t).equals(eight.get(t))).count();

    // independent 80/10/10 assignments differ for 1 - (0.64 + 0.01 + 0.01) = 34 % of texts
    assertThat(moved / 3000.0).isBetween(0.25, 0.45);
  }

  @Test
  void bucketIsStableAndInRange() {
    for (LabeledText e : generated(1000)) {
      int b = DataSplit.bucket(e.text(), SEED);
      assertThat(b).isBetween(0, 999).isEqualTo(DataSplit.bucket(e.text(), SEED));
    }
    assertThat(DataSplit.bucket("退款ABC", SEED)).isEqualTo(DataSplit.bucket("退款abc", SEED));
  }

  @Test
  void withTestKeepsTheGivenTestSetAndSplitsTheRestEightToOne() {
    List<LabeledText> examples = generated(3000);
    List<LabeledText> test = List.of(new LabeledText("测试一", "l0"), new LabeledText("测试二", "l1"));

    DataSplit split = DataSplit.withTest(examples, test, SEED);
    DataSplit again = DataSplit.withTest(examples, test, SEED);

    assertThat(split.test()).containsExactlyElementsOf(test);
    assertThat(split.train().size() + split.validation().size()).isEqualTo(examples.size());
    assertThat(split.validation().size() / 3000.0).isBetween(1 / 9.0 - 0.03, 1 / 9.0 + 0.03);
    assertThat(again).isEqualTo(split);
    assertThat(split.train()).doesNotContainAnyElementsOf(split.validation());
  }
}
