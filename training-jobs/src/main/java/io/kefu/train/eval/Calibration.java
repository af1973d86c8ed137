package io.kefu.train.eval;

/**
 * Reliability of confidences: predictions grouped into equal-width confidence bins, each with its
 * mean confidence and its accuracy, and the expected calibration error (the bins' |accuracy -
 * confidence| weighted by their share of predictions).
 */
public final class Calibration {

  private final int[] count;
  private final double[] confidenceSum;
  private final int[] correct;

  public Calibration(int bins) {
    count = new int[bins];
    confidenceSum = new double[bins];
    correct = new int[bins];
  }

  public void add(double confidence, boolean isCorrect) {
    int b = Math.min(count.length - 1, (int) (confidence * count.length));
    count[b]++;
    confidenceSum[b] += confidence;
    if (isCorrect) {
      correct[b]++;
    }
  }

  public int bins() {
    return count.length;
  }

  public int count(int bin) {
    return count[bin];
  }

  public double meanConfidence(int bin) {
    return count[bin] == 0 ? 0 : confidenceSum[bin] / count[bin];
  }

  public double accuracy(int bin) {
    return count[bin] == 0 ? 0 : (double) correct[bin] / count[bin];
  }

  public double expectedCalibrationError() {
    long n = 0;
    for (int c : count) {
      n += c;
    }
    if (n == 0) {
      return 0;
    }
    double ece = 0;
    for (int b = 0; b < count.length; b++) {
      ece += (double) count[b] / n * Math.abs(accuracy(b) - meanConfidence(b));
    }
    return ece;
  }
}
