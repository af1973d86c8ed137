package io.kefu.train.classify;

/**
 * Temperature scaling (Guo et al., 2017): the single T that minimises the negative log-likelihood
 * of held-out labels under softmax(logits / T). Found by golden-section search on log T in [1/8,
 * 8]; the NLL is unimodal in T for fixed logits.
 */
final class TemperatureFit {

  private static final double LOG_LOW = Math.log(0.125);
  private static final double LOG_HIGH = Math.log(8);

  private TemperatureFit() {}

  static double fit(double[][] probabilities, int[] truth) {
    double a = LOG_LOW;
    double b = LOG_HIGH;
    double ratio = (Math.sqrt(5) - 1) / 2;
    double c = b - ratio * (b - a);
    double d = a + ratio * (b - a);
    for (int i = 0; i < 60; i++) {
      if (nll(probabilities, truth, Math.exp(c)) < nll(probabilities, truth, Math.exp(d))) {
        b = d;
      } else {
        a = c;
      }
      c = b - ratio * (b - a);
      d = a + ratio * (b - a);
    }
    return Math.exp((a + b) / 2);
  }

  static double nll(double[][] probabilities, int[] truth, double temperature) {
    double sum = 0;
    for (int i = 0; i < truth.length; i++) {
      double[] p = ClassifierHead.rescale(probabilities[i], temperature);
      sum -= Math.log(Math.max(p[truth[i]], 1e-12));
    }
    return sum / Math.max(1, truth.length);
  }
}
