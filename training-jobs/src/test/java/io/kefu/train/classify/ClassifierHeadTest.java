package io.kefu.train.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassifierHeadTest {

  private static final List<String> LABELS = List.of("invoice", "other", "refund");

  private static double[] softmax(double[] logits, double temperature) {
    double max = Double.NEGATIVE_INFINITY;
    for (double z : logits) {
      max = Math.max(max, z / temperature);
    }
    double[] p = new double[logits.length];
    double sum = 0;
    for (int i = 0; i < p.length; i++) {
      p[i] = Math.exp(logits[i] / temperature - max);
      sum += p[i];
    }
    for (int i = 0; i < p.length; i++) {
      p[i] /= sum;
    }
    return p;
  }

  @Test
  void calibratingLogitsEqualsCalibratingTheirProbabilities() {
    double[] logits = {3.0, -2.5, 0.25};

    for (double t : new double[] {0.5, 1.0, 1.7, 4.0}) {
      ClassifierHead head = new ClassifierHead(LABELS, t, null, 0);
      double[] fromLogits = head.calibrateLogits(logits);
      double[] fromProbabilities = head.calibrate(softmax(logits, 1.0));
      for (int i = 0; i < logits.length; i++) {
        assertThat(fromLogits[i])
            .as("T=%s class %d", t, i)
            .isCloseTo(fromProbabilities[i], within(1e-12));
      }
    }
  }

  @Test
  void calibrationEqualsSoftmaxOfLogitsOverTemperature() {
    double[] logits = {2.0, -1.0, 0.5};
    double[] probabilities = softmax(logits, 1.0);

    for (double t : new double[] {0.5, 1.7, 4.0}) {
      double[] calibrated = new ClassifierHead(LABELS, t, null, 0).calibrate(probabilities);
      double[] expected = softmax(logits, t);
      for (int i = 0; i < logits.length; i++) {
        assertThat(calibrated[i]).as("T=%s class %d", t, i).isCloseTo(expected[i], within(1e-12));
      }
    }
  }

  @Test
  void aTemperatureAboveOneSoftensWithoutChangingTheArgmax() {
    double[] p = softmax(new double[] {0.3, 3.0, -2.0}, 1.0);

    double[] soft = new ClassifierHead(LABELS, 2.5, null, 0).calibrate(p);
    double[] sharp = new ClassifierHead(LABELS, 0.4, null, 0).calibrate(p);

    assertThat(ClassifierHead.argMax(soft)).isEqualTo(1).isEqualTo(ClassifierHead.argMax(p));
    assertThat(ClassifierHead.argMax(sharp)).isEqualTo(1);
    assertThat(soft[1]).isLessThan(p[1]);
    assertThat(sharp[1]).isGreaterThan(p[1]);
    assertThat(soft[0] + soft[1] + soft[2]).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void temperatureOneLeavesProbabilitiesUnchangedInACopy() {
    double[] p = {0.2, 0.5, 0.3};

    double[] calibrated = new ClassifierHead(LABELS, 1.0, null, 0).calibrate(p);

    assertThat(calibrated).containsExactly(0.2, 0.5, 0.3).isNotSameAs(p);
  }

  @Test
  void theFallbackLabelIsGivenBelowTheThresholdOnly() {
    ClassifierHead head = new ClassifierHead(LABELS, 1.0, "other", 0.6);

    assertThat(head.decide(new double[] {0.55, 0.05, 0.40})).isEqualTo(LABELS.indexOf("other"));
    assertThat(head.decide(new double[] {0.60, 0.05, 0.35})).isEqualTo(0);
    assertThat(head.decide(new double[] {0.05, 0.05, 0.90})).isEqualTo(2);
  }

  @Test
  void withoutFallbackLabelTheArgmaxIsAlwaysGiven() {
    ClassifierHead head = new ClassifierHead(LABELS, 1.0, null, 0.9);

    assertThat(head.decide(new double[] {0.34, 0.33, 0.33})).isEqualTo(0);
  }

  @Test
  void anInvalidHeadIsRejected() {
    assertThatThrownBy(() -> new ClassifierHead(List.of("only"), 1.0, null, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two labels");
    assertThatThrownBy(() -> new ClassifierHead(LABELS, 0.0, null, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("temperature");
    assertThatThrownBy(() -> new ClassifierHead(LABELS, Double.NaN, null, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ClassifierHead(LABELS, 1.0, "unknown", 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown");
  }
}
