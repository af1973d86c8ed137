package io.kefu.core.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeatureSpecTest {

  @Test
  void featuresAreNGramsShortestFirstInTextOrder() {
    var featurizer = new FeatureSpec(1, 3, 256).featurizer();

    assertThat(featurizer.features("我要退款"))
        .containsExactly("我", "要", "退", "款", "我 要", "要 退", "退 款", "我 要 退", "要 退 款");
  }

  @Test
  void nGramsJoinUnitsNotCharacters() {
    var featurizer = new FeatureSpec(2, 2, 256).featurizer();

    assertThat(featurizer.features("iPhone 123 坏了")).containsExactly("iphone 0", "0 坏", "坏 了");
  }

  @Test
  void aTextShorterThanNGivesNoNGramOfThatLength() {
    var featurizer = new FeatureSpec(1, 3, 256).featurizer();

    assertThat(featurizer.features("好的")).containsExactly("好", "的", "好 的");
    assertThat(featurizer.features("")).isEmpty();
  }

  @Test
  void onlyTheFirstMaxUnitsAreRead() {
    var featurizer = new FeatureSpec(1, 2, 3).featurizer();

    assertThat(featurizer.features("一二三四五")).containsExactly("一", "二", "三", "一 二", "二 三");
  }

  @Test
  void theDefaultIsCharacterOneToThreeGramsOver256Units() {
    assertThat(FeatureSpec.DEFAULT).isEqualTo(new FeatureSpec(1, 3, 256));
    assertThat(FeatureSpec.DEFAULT.featurizer().spec()).isEqualTo(FeatureSpec.DEFAULT);
  }

  @ParameterizedTest(name = "minN={0} maxN={1} maxUnits={2}")
  @CsvSource({"0,2,10", "3,2,10", "1,6,10", "1,2,0"})
  void anInvalidSpecIsRejected(int minN, int maxN, int maxUnits) {
    assertThatThrownBy(() -> new FeatureSpec(minN, maxN, maxUnits))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
