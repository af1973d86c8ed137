package io.kefu.train.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TemperatureFitTest {

  /**
   * Labels drawn from softmax(logits); the model reports softmax(logits * sharpness), so the
   * temperature that undoes it is {@code sharpness}.
   */
  private static double fitted(double sharpness, long seed) {
    Random random = new Random(seed);
    int n = 4000;
    int classes = 3;
    double[][] reported = new double[n][];
    int[] truth = new int[n];
    for (int i = 0; i < n; i++) {
      double[] logits = new double[classes];
      for (int c = 0; c < classes; c++) {
        logits[c] = random.nextGaussian() * 1.5;
      }
      double[] trueP = softmax(logits, 1.0);
      double u = random.nextDouble();
      int label = classes - 1;
      for (int c = 0; c < classes; c++) {
        u -= trueP[c];
        if (u < 0) {
          label = c;
          break;
        }
      }
      truth[i] = label;
      reported[i] = softmax(logits, sharpness);
    }
    return TemperatureFit.fit(reported, truth);
  }

  private static double[] softmax(double[] logits, double scale) {
    double[] p = new double[logits.length];
    double sum = 0;
    for (int i = 0; i < p.length; i++) {
      p[i] = Math.exp(logits[i] * scale);
      sum += p[i];
    }
    for (int i = 0; i < p.length; i++) {
      p[i] /= sum;
    }
    return p;
  }

  @Test
  void recoversATemperatureAboveOneForOverConfidentProbabilities() {
    assertThat(fitted(3.0, 1)).isBetween(2.5, 3.6);
  }

  @Test
  void recoversATemperatureBelowOneForUnderConfidentProbabilities() {
    assertThat(fitted(0.5, 2)).isBetween(0.4, 0.62);
  }

  @Test
  void calibratedProbabilitiesNeedAboutNoRescaling() {
    assertThat(fitted(1.0, 3)).isBetween(0.85, 1.15);
  }

  @Test
  void theFittedTemperatureHasNoHigherLossThanItsNeighbours() {
    double[][] p = {{0.98, 0.01, 0.01}, {0.97, 0.02, 0.01}, {0.05, 0.90, 0.05}, {0.9, 0.05, 0.05}};
    int[] truth = {0, 1, 1, 2};

    double t = TemperatureFit.fit(p, truth);

    double at = TemperatureFit.nll(p, truth, t);
    assertThat(at).isLessThanOrEqualTo(TemperatureFit.nll(p, truth, t * 1.1));
    assertThat(at).isLessThanOrEqualTo(TemperatureFit.nll(p, truth, t / 1.1));
    assertThat(at).isLessThan(TemperatureFit.nll(p, truth, 1.0));
    assertThat(t).isGreaterThan(1.0);
  }
}
