package io.kefu.train.predict;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.core.model.Prediction;
import io.kefu.train.ToyTexts;
import io.kefu.train.classify.TextClassifier;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClassifierPredictorTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "好的谢谢 13812345678 | 好的谢谢 [PHONE]",
        "我的电话１３９－８７６５－４３２１ 麻烦 | 我的电话[PHONE] 麻烦",
        "发票寄到 a.b@qq.com 可以 | 发票寄到 [EMAIL] 可以"
      })
  void rawPersonalDataIsScoredAsItsPlaceholderWasInTraining(String raw, String masked) {
    TextClassifier model = ToyTexts.trained().model();
    ClassifierPredictor predictor = new ClassifierPredictor(model, "intent:1");

    List<Prediction> predictions = predictor.predict(List.of(raw, masked));

    assertThat(predictions.get(0)).isEqualTo(predictions.get(1));
  }

  @Test
  void withoutPreparationTheModelWouldSeeDifferentFeatures() {
    // The guard that makes the test above able to fail: the bare model tells the two apart.
    TextClassifier model = ToyTexts.trained().model();

    List<Prediction> bare = model.predict(List.of("好的谢谢 13812345678", "好的谢谢 [PHONE]"));

    assertThat(bare.get(0)).isNotEqualTo(bare.get(1));
  }

  @Test
  void preparedTextIsScoredUnchanged() {
    TextClassifier model = ToyTexts.trained().model();
    List<String> prepared = ToyTexts.texts(ToyTexts.split().test());

    assertThat(new ClassifierPredictor(model, "intent:1").predict(prepared))
        .isEqualTo(model.predict(prepared));
  }
}
