package io.kefu.train.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kefu.core.model.Prediction;
import io.kefu.train.data.LabeledText;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationTest {

  @Test
  void anUnknownTrueLabelCountsAsAMiss() {
    List<String> modelLabels = List.of("refund", "shipping");
    List<LabeledText> examples =
        List.of(
            new LabeledText("我要退款", "refund"),
            new LabeledText("快递呢", "shipping"),
            new LabeledText("开发票", "invoice"));
    List<Prediction> predictions =
        List.of(
            new Prediction("refund", 0.9),
            new Prediction("shipping", 0.8),
            new Prediction("refund", 0.6));

    Evaluation e = Evaluation.of(modelLabels, examples, predictions);

    assertThat(e.matrix().labels()).containsExactly("refund", "shipping", "invoice");
    assertThat(e.matrix().total()).isEqualTo(3);
    assertThat(e.accuracy()).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(e.matrix().count(2, 0)).isEqualTo(1);
    assertThat(e.matrix().recall(2)).isZero();
    assertThat(e.matrix().precision(0)).isCloseTo(0.5, within(1e-12));
    // refund F1 2/3, shipping 1, invoice 0
    assertThat(e.macroF1()).isCloseTo((2 / 3.0 + 1 + 0) / 3, within(1e-12));
  }

  @Test
  void confidencesFeedTheCalibration() {
    Evaluation e =
        Evaluation.of(
            List.of("a", "b"),
            List.of(new LabeledText("x", "a"), new LabeledText("y", "b")),
            List.of(new Prediction("a", 0.95), new Prediction("a", 0.95)));

    assertThat(e.calibration().count(9)).isEqualTo(2);
    assertThat(e.calibration().expectedCalibrationError()).isCloseTo(0.45, within(1e-12));
  }

  @Test
  void examplesAndPredictionsMustPair() {
    assertThatThrownBy(
            () -> Evaluation.of(List.of("a", "b"), List.of(new LabeledText("x", "a")), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 examples but 0 predictions");
  }

  @Test
  void theJsonCarriesTheFiguresRounded() {
    ConfusionMatrix m = ConfusionMatrix.of(List.of("neg", "pos"), new long[][] {{2, 1}, {0, 3}});

    ObjectNode json = Evaluation.of(m).toJson();

    assertThat(json.path("examples").asLong()).isEqualTo(6);
    assertThat(json.path("accuracy").asDouble()).isEqualTo(Evaluation.round(5 / 6.0));
    assertThat(json.path("per_class").path("pos").path("precision").asDouble())
        .isEqualTo(Evaluation.round(3 / 4.0));
    assertThat(json.path("per_class").path("neg").path("support").asLong()).isEqualTo(3);
    assertThat(json.path("confusion").path("matrix").get(0).get(1).asLong()).isEqualTo(1);
    assertThat(json.path("calibration").path("bins")).hasSize(10);
  }
}
