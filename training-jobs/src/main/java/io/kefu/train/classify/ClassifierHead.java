package io.kefu.train.classify;

import java.util.List;

/**
 * What turns the network's probabilities into a prediction: the labels (in output order), a
 * temperature fitted on validation data so that confidences are calibrated, and optionally a
 * fallback label (intent's {@code other}) given whenever the calibrated confidence is below a
 * threshold chosen on validation data.
 *
 * @param labels the class of each network output
 * @param temperature divides the logits; 1 leaves probabilities unchanged
 * @param fallbackLabel the label given below the threshold, or null for none
 * @param fallbackThreshold confidence below which {@code fallbackLabel} is given (0 = never)
 */
public record ClassifierHead(
    List<String> labels, double temperature, String fallbackLabel, double fallbackThreshold) {

  public ClassifierHead {
    labels = List.copyOf(labels);
    if (labels.size() < 2) {
      throw new IllegalArgumentException("a classifier needs at least two labels, got " + labels);
    }
    if (!(temperature > 0)) {
      throw new IllegalArgumentException("temperature must be positive, got " + temperature);
    }
    if (fallbackLabel != null && !labels.contains(fallbackLabel)) {
      throw new IllegalArgumentException("fallback label " + fallbackLabel + " is not a label");
    }
  }

  /** Softmax probabilities rescaled by the temperature (equal to softmax of logits / T). */
  public double[] calibrate(double[] probabilities) {
    return rescale(probabilities, temperature);
  }

  /**
   * The calibrated probabilities straight from the network's logits: softmax of logits / T, equal
   * to {@link #calibrate} of their softmax without a logarithm and an exponential per class.
   */
  public double[] calibrateLogits(double[] logits) {
    double[] scaled = new double[logits.length];
    for (int i = 0; i < logits.length; i++) {
      scaled[i] = logits[i] / temperature;
    }
    return EmbeddingBagScorer.softmax(scaled);
  }

  static double[] rescale(double[] p, double temperature) {
    double[] out = new double[p.length];
    if (temperature == 1.0) {
      System.arraycopy(p, 0, out, 0, p.length);
      return out;
    }
    for (int i = 0; i < p.length; i++) {
      out[i] = Math.log(Math.max(p[i], 1e-30)) / temperature;
    }
    return EmbeddingBagScorer.softmax(out);
  }

  /** The index of the predicted label for calibrated probabilities. */
  public int decide(double[] calibrated) {
    int best = argMax(calibrated);
    if (fallbackLabel != null && calibrated[best] < fallbackThreshold) {
      return labels.indexOf(fallbackLabel);
    }
    return best;
  }

  static int argMax(double[] p) {
    int best = 0;
    for (int i = 1; i < p.length; i++) {
      if (p[i] > p[best]) {
        best = i;
      }
    }
    return best;
  }

  ClassifierHead withTemperature(double t) {
    return new ClassifierHead(labels, t, fallbackLabel, fallbackThreshold);
  }

  ClassifierHead withFallbackThreshold(double threshold) {
    return new ClassifierHead(labels, temperature, fallbackLabel, threshold);
  }
}
