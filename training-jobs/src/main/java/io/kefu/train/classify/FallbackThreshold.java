package io.kefu.train.classify;

import io.kefu.train.eval.ConfusionMatrix;

/**
 * Chooses the calibrated confidence below which the fallback label ({@code other}) is given: the
 * threshold on a 0.05 grid from 0 to 0.9 with the best validation macro-F1 (the lowest such
 * threshold on ties, so the model abstains as little as possible).
 */
final class FallbackThreshold {

  private FallbackThreshold() {}

  static double choose(ClassifierHead head, double[][] rawProbabilities, int[] truth) {
    double best = 0;
    double bestF1 = -1;
    for (int step = 0; step <= 18; step++) {
      double threshold = step * 0.05;
      ClassifierHead candidate = head.withFallbackThreshold(threshold);
      ConfusionMatrix m = new ConfusionMatrix(head.labels());
      for (int i = 0; i < truth.length; i++) {
        m.add(truth[i], candidate.decide(candidate.calibrate(rawProbabilities[i])));
      }
      if (m.macroF1() > bestF1 + 1e-9) {
        bestF1 = m.macroF1();
        best = threshold;
      }
    }
    return best;
  }
}
