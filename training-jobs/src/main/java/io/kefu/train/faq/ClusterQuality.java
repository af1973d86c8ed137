package io.kefu.train.faq;

import java.util.HashMap;
import java.util.Map;

/**
 * Figures of a clustering: the silhouette (cosine distance) to choose k, and NMI and ARI against
 * ground-truth classes where they exist.
 */
public final class ClusterQuality {

  private ClusterQuality() {}

  /**
   * Mean silhouette over the points, with cosine distance {@code 1 - a·b} on unit vectors. A point
   * alone in its cluster scores 0 (Rousseeuw's convention).
   */
  public static double silhouette(double[][] points, int[] assignment, int k) {
    int n = points.length;
    int[] sizes = new int[k];
    for (int a : assignment) {
      sizes[a]++;
    }
    double total = 0;
    double[] sumTo = new double[k];
    for (int i = 0; i < n; i++) {
      java.util.Arrays.fill(sumTo, 0);
      for (int j = 0; j < n; j++) {
        if (i != j) {
          sumTo[assignment[j]] += 1 - Vectors.dot(points[i], points[j]);
        }
      }
      int own = assignment[i];
      if (sizes[own] <= 1) {
        continue;
      }
      double a = sumTo[own] / (sizes[own] - 1);
      double b = Double.MAX_VALUE;
      for (int c = 0; c < k; c++) {
        if (c != own && sizes[c] > 0) {
          b = Math.min(b, sumTo[c] / sizes[c]);
        }
      }
      if (b == Double.MAX_VALUE) {
        continue;
      }
      total += (b - a) / Math.max(a, b);
    }
    return total / n;
  }

  /** Normalised mutual information, arithmetic-mean normalisation (scikit-learn's default). */
  public static double nmi(int[] truth, int[] predicted) {
    Table t = new Table(truth, predicted);
    double hTruth = entropy(t.rowSums, t.n);
    double hPred = entropy(t.colSums, t.n);
    double mi = 0;
    for (Map.Entry<Long, Integer> e : t.cells.entrySet()) {
      int r = (int) (e.getKey() >> 32);
      int c = (int) (long) e.getKey();
      double pij = (double) e.getValue() / t.n;
      mi += pij * Math.log(pij / ((double) t.rowSums.get(r) / t.n * t.colSums.get(c) / t.n));
    }
    double mean = (hTruth + hPred) / 2;
    return mean == 0 ? 1.0 : mi / mean;
  }

  /** Adjusted Rand index (Hubert and Arabie). */
  public static double ari(int[] truth, int[] predicted) {
    Table t = new Table(truth, predicted);
    double index = 0;
    for (int v : t.cells.values()) {
      index += pairs(v);
    }
    double rows = 0;
    for (int v : t.rowSums.values()) {
      rows += pairs(v);
    }
    double cols = 0;
    for (int v : t.colSums.values()) {
      cols += pairs(v);
    }
    double expected = rows * cols / pairs(t.n);
    double max = (rows + cols) / 2;
    return max == expected ? 1.0 : (index - expected) / (max - expected);
  }

  private static double pairs(long n) {
    return n * (n - 1) / 2.0;
  }

  private static double entropy(Map<Integer, Integer> sums, int n) {
    double h = 0;
    for (int v : sums.values()) {
      double p = (double) v / n;
      h -= p * Math.log(p);
    }
    return h;
  }

  private static final class Table {
    final Map<Long, Integer> cells = new HashMap<>();
    final Map<Integer, Integer> rowSums = new HashMap<>();
    final Map<Integer, Integer> colSums = new HashMap<>();
    final int n;

    Table(int[] truth, int[] predicted) {
      if (truth.length != predicted.length || truth.length == 0) {
        throw new IllegalArgumentException("need two equally long, non-empty labelings");
      }
      n = truth.length;
      for (int i = 0; i < n; i++) {
        cells.merge(((long) truth[i] << 32) | (predicted[i] & 0xffffffffL), 1, Integer::sum);
        rowSums.merge(truth[i], 1, Integer::sum);
        colSums.merge(predicted[i], 1, Integer::sum);
      }
    }
  }
}
