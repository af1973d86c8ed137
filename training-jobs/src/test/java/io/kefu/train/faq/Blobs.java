package io.kefu.train.faq;

import java.util.Random;

/** Unit vectors scattered around given directions, for clustering tests. */
final class Blobs {

  private Blobs() {}

  /** {@code perBlob} unit vectors near each centre (Gaussian noise of {@code spread}), in order. */
  static double[][] around(double[][] centres, int perBlob, double spread, long seed) {
    Random random = new Random(seed);
    double[][] out = new double[centres.length * perBlob][];
    for (int c = 0; c < centres.length; c++) {
      for (int i = 0; i < perBlob; i++) {
        double[] v = centres[c].clone();
        for (int d = 0; d < v.length; d++) {
          v[d] += random.nextGaussian() * spread;
        }
        out[c * perBlob + i] = Vectors.unit(v);
      }
    }
    return out;
  }

  /** The blob of each point of {@link #around}. */
  static int[] truth(int blobs, int perBlob) {
    int[] out = new int[blobs * perBlob];
    for (int i = 0; i < out.length; i++) {
      out[i] = i / perBlob;
    }
    return out;
  }
}
