package io.kefu.train.faq;

import java.util.Random;

/**
 * k-means on unit-length vectors with cosine similarity (spherical k-means): k-means++ seeding from
 * a seeded random source, then Lloyd iterations until no point moves or 100 rounds.
 */
final class KMeans {

  private KMeans() {}

  /** The clustering: a cluster per point and the unit-length centroids. */
  record Result(int[] assignment, double[][] centroids) {}

  static Result fit(double[][] points, int k, long seed) {
    if (k < 1 || k > points.length) {
      throw new IllegalArgumentException("k must be in 1.." + points.length + ", got " + k);
    }
    Random random = new Random(seed);
    double[][] centroids = seeds(points, k, random);
    int[] assignment = new int[points.length];
    java.util.Arrays.fill(assignment, -1);
    for (int round = 0; round < 100; round++) {
      boolean moved = false;
      for (int i = 0; i < points.length; i++) {
        int best = nearest(points[i], centroids);
        if (best != assignment[i]) {
          assignment[i] = best;
          moved = true;
        }
      }
      if (!moved) {
        break;
      }
      centroids = centroids(points, assignment, k, centroids);
    }
    return new Result(assignment, centroids);
  }

  static int nearest(double[] p, double[][] centroids) {
    int best = 0;
    double bestSim = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < centroids.length; c++) {
      double s = Vectors.dot(p, centroids[c]);
      if (s > bestSim) {
        bestSim = s;
        best = c;
      }
    }
    return best;
  }

  private static double[][] seeds(double[][] points, int k, Random random) {
    double[][] centroids = new double[k][];
    centroids[0] = points[random.nextInt(points.length)].clone();
    double[] distance = new double[points.length];
    java.util.Arrays.fill(distance, Double.MAX_VALUE);
    for (int c = 1; c < k; c++) {
      double total = 0;
      for (int i = 0; i < points.length; i++) {
        distance[i] = Math.min(distance[i], 1 - Vectors.dot(points[i], centroids[c - 1]));
        total += Math.max(0, distance[i]);
      }
      double pick = random.nextDouble() * total;
      int chosen = points.length - 1;
      for (int i = 0; i < points.length; i++) {
        pick -= Math.max(0, distance[i]);
        if (pick <= 0) {
          chosen = i;
          break;
        }
      }
      centroids[c] = points[chosen].clone();
    }
    return centroids;
  }

  private static double[][] centroids(
      double[][] points, int[] assignment, int k, double[][] previous) {
    int dim = points[0].length;
    double[][] sums = new double[k][dim];
    int[] sizes = new int[k];
    for (int i = 0; i < points.length; i++) {
      sizes[assignment[i]]++;
      for (int d = 0; d < dim; d++) {
        sums[assignment[i]][d] += points[i][d];
      }
    }
    for (int c = 0; c < k; c++) {
      // An emptied cluster keeps its old centroid rather than vanishing.
      sums[c] = sizes[c] == 0 ? previous[c] : Vectors.unit(sums[c]);
    }
    return sums;
  }
}
