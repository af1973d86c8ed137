package io.kefu.train.faq;

/** Small dense-vector arithmetic for sentence vectors. */
final class Vectors {

  private Vectors() {}

  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  /** The vector scaled to length 1; a zero vector stays zero. */
  static double[] unit(double[] v) {
    double norm = Math.sqrt(dot(v, v));
    double[] out = new double[v.length];
    if (norm > 0) {
      for (int i = 0; i < v.length; i++) {
        out[i] = v[i] / norm;
      }
    }
    return out;
  }
}
