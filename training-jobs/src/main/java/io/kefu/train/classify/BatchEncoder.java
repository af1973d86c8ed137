package io.kefu.train.classify;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Packs feature-index rows of different lengths into the two arrays an embedding-bag network reads:
 * indices {@code [batch, length]} padded with 0 and a mask {@code [batch, length]} with 1 where a
 * real feature is. (Weighting the mean by IDF, or pooling an L2-normalised TF-IDF sum, measured
 * worse on waimai_10k: 0.875 and 0.877 accuracy against 0.885-0.894 for the plain mean.)
 */
final class BatchEncoder {

  private BatchEncoder() {}

  /** {@code [indices, mask]} for the rows. */
  static INDArray[] encode(List<int[]> rows) {
    int width = 1;
    for (int[] r : rows) {
      width = Math.max(width, r.length);
    }
    float[] indices = new float[rows.size() * width];
    float[] mask = new float[rows.size() * width];
    for (int b = 0; b < rows.size(); b++) {
      int[] r = rows.get(b);
      int base = b * width;
      for (int t = 0; t < r.length; t++) {
        indices[base + t] = r[t];
        mask[base + t] = 1f;
      }
    }
    long[] shape = {rows.size(), width};
    return new INDArray[] {Nd4j.create(indices, shape, 'c'), Nd4j.create(mask, shape, 'c')};
  }
}
