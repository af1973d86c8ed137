package io.kefu.train.eval;

import java.util.List;

/**
 * Counts of (true label, predicted label) over a labelled set, and the figures derived from them. A
 * class with no true and no predicted example has precision, recall and F1 of 0 and is left out of
 * the macro average (it says nothing about the model).
 */
public final class ConfusionMatrix {

  private final List<String> labels;
  private final long[][] counts;

  public ConfusionMatrix(List<String> labels) {
    this.labels = List.copyOf(labels);
    this.counts = new long[labels.size()][labels.size()];
  }

  /** A matrix from counts: {@code counts[true][predicted]}. */
  public static ConfusionMatrix of(List<String> labels, long[][] counts) {
    ConfusionMatrix m = new ConfusionMatrix(labels);
    for (int t = 0; t < labels.size(); t++) {
      System.arraycopy(counts[t], 0, m.counts[t], 0, labels.size());
    }
    return m;
  }

  public void add(int trueIndex, int predictedIndex) {
    counts[trueIndex][predictedIndex]++;
  }

  public List<String> labels() {
    return labels;
  }

  public long count(int trueIndex, int predictedIndex) {
    return counts[trueIndex][predictedIndex];
  }

  public long total() {
    long n = 0;
    for (long[] row : counts) {
      for (long c : row) {
        n += c;
      }
    }
    return n;
  }

  public long support(int c) {
    long n = 0;
    for (long v : counts[c]) {
      n += v;
    }
    return n;
  }

  public long predicted(int c) {
    long n = 0;
    for (long[] row : counts) {
      n += row[c];
    }
    return n;
  }

  public double accuracy() {
    long correct = 0;
    for (int i = 0; i < labels.size(); i++) {
      correct += counts[i][i];
    }
    long n = total();
    return n == 0 ? 0 : (double) correct / n;
  }

  public double precision(int c) {
    long p = predicted(c);
    return p == 0 ? 0 : (double) counts[c][c] / p;
  }

  public double recall(int c) {
    long s = support(c);
    return s == 0 ? 0 : (double) counts[c][c] / s;
  }

  public double f1(int c) {
    double p = precision(c);
    double r = recall(c);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Mean F1 over the classes that occur (as truth or as prediction). */
  public double macroF1() {
    double sum = 0;
    int n = 0;
    for (int c = 0; c < labels.size(); c++) {
      if (support(c) > 0 || predicted(c) > 0) {
        sum += f1(c);
        n++;
      }
    }
    return n == 0 ? 0 : sum / n;
  }
}
