package io.kefu.train.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.kefu.core.model.Prediction;
import io.kefu.train.ToyTexts;
import io.kefu.train.data.DataSplit;
import io.kefu.train.data.LabeledText;
import io.kefu.train.eval.Evaluation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassifierTrainerTest {

  private static List<String> texts(List<LabeledText> data) {
    return ToyTexts.texts(data);
  }

  @Test
  void aTinyModelLearnsASeparableToySet() {
    DataSplit split = ToyTexts.split();
    TextClassifier model = ToyTexts.trained().model();

    List<Prediction> predictions = model.predict(texts(split.test()));
    Evaluation evaluation = Evaluation.of(model.head().labels(), split.test(), predictions);

    assertThat(split.test()).hasSizeGreaterThan(20);
    assertThat(model.head().labels())
        .containsExactly(ToyTexts.INVOICE, ToyTexts.REFUND, ToyTexts.SHIPPING);
    assertThat(evaluation.accuracy()).isGreaterThanOrEqualTo(0.9);
    assertThat(evaluation.macroF1()).isGreaterThanOrEqualTo(0.9);
    assertThat(predictions).allSatisfy(p -> assertThat(p.confidence()).isBetween(0.0, 1.0));
  }

  @Test
  void theHistoryRecordsEachEpochAndKeepsTheBest() {
    TrainingHistory history = ToyTexts.trained().history();

    assertThat(history.epochs()).isNotEmpty().hasSizeLessThanOrEqualTo(ToyTexts.EPOCHS);
    double bestF1 =
        history.epochs().stream()
            .mapToDouble(TrainingHistory.Epoch::validationMacroF1)
            .max()
            .orElseThrow();
    assertThat(history.bestEpochs()).hasSize(1);
    assertThat(history.epochs().get(history.bestEpochs().get(0) - 1).validationMacroF1())
        .isEqualTo(bestF1);
    assertThat(history.vocabularySize()).isEqualTo(ToyTexts.trained().model().vocabulary().size());
    assertThat(history.temperature()).isEqualTo(ToyTexts.trained().model().head().temperature());
  }

  @Test
  void theSameSeedAndDataGiveTheSameModel() {
    List<String> texts = texts(ToyTexts.split().test());
    List<Prediction> first = ToyTexts.trained().model().predict(texts);

    ClassifierTrainer.Trained again = ToyTexts.train();
    List<Prediction> second = again.model().predict(texts);

    assertThat(again.model().head()).isEqualTo(ToyTexts.trained().model().head());
    assertThat(again.history().epochs())
        .extracting(TrainingHistory.Epoch::validationMacroF1)
        .containsExactlyElementsOf(
            ToyTexts.trained().history().epochs().stream()
                .map(TrainingHistory.Epoch::validationMacroF1)
                .toList());
    for (int i = 0; i < texts.size(); i++) {
      assertThat(second.get(i).label()).as(texts.get(i)).isEqualTo(first.get(i).label());
      assertThat(second.get(i).confidence()).as(texts.get(i)).isEqualTo(first.get(i).confidence());
    }
  }

  @Test
  void predictionsDoNotDependOnTheOtherTextsInTheBatch() {
    TextClassifier model = ToyTexts.trained().model();
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      // lengths vary, so padding differs between batches; more than one network batch of 512
      many.add("请问".repeat(i % 7) + "发票" + "谢谢".repeat(i % 5) + i);
    }
    many.add("");

    List<Prediction> together = model.predict(many);

    for (int i : new int[] {0, 3, 511, 512, 513, 599, 600}) {
      Prediction alone = model.predict(List.of(many.get(i))).get(0);
      assertThat(together.get(i).label()).as(many.get(i)).isEqualTo(alone.label());
      assertThat(together.get(i).confidence())
          .as(many.get(i))
          .isCloseTo(alone.confidence(), within(1e-5));
    }
  }

  @Test
  void aTextWithNoKnownFeatureStillGetsAPrediction() {
    TextClassifier model = ToyTexts.trained().model();

    List<Prediction> p = model.predict(List.of("", "ЖЖЖ"));

    assertThat(p)
        .allSatisfy(
            x -> {
              assertThat(model.head().labels()).contains(x.label());
              assertThat(x.confidence()).isBetween(0.0, 1.0);
            });
  }

  @Test
  void trainingNeedsBothTrainingAndValidationExamples() {
    List<LabeledText> some = ToyTexts.threeClasses(2, 1);
    ClassifierTrainer trainer = new ClassifierTrainer(ToyTexts.tinyConfig(1), 1);

    assertThatThrownBy(() -> trainer.train("intent", some, List.of(), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("validation");
  }

  @Test
  void aFallbackLabelGetsAThresholdOnTheGrid() {
    List<LabeledText> train = new ArrayList<>(ToyTexts.split().train());
    List<LabeledText> validation = new ArrayList<>(ToyTexts.split().validation());
    for (LabeledText t : ToyTexts.threeClasses(20, 99)) {
      // "other": greetings without any keyword
      (train.size() % 9 == 0 ? validation : train)
          .add(new LabeledText("你好在吗" + t.text().length(), "other"));
    }

    ClassifierTrainer.Trained trained =
        new ClassifierTrainer(ToyTexts.tinyConfig(2), ToyTexts.SEED)
            .train("intent", train, validation, "other");

    ClassifierHead head = trained.model().head();
    assertThat(head.fallbackLabel()).isEqualTo("other");
    assertThat(head.fallbackThreshold()).isBetween(0.0, 0.9);
    assertThat(Math.round(head.fallbackThreshold() / 0.05) * 0.05)
        .isCloseTo(head.fallbackThreshold(), within(1e-9));
    assertThat(trained.history().fallbackThreshold()).isEqualTo(head.fallbackThreshold());
  }

  @Test
  void dataWithOneLabelIsRefusedInOneLineBeforeDl4jSeesIt() {
    List<LabeledText> train = List.of(new LabeledText("好吃", "positive"));
    List<LabeledText> validation = List.of(new LabeledText("很快", "positive"));

    assertThatThrownBy(
            () ->
                new ClassifierTrainer(ToyTexts.tinyConfig(1), ToyTexts.SEED)
                    .train("sentiment", train, validation, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the training data has one label (positive) and needs at least two");
  }
}
