package io.kefu.train.faq;

/**
 * Parameters of the FAQ clustering, recorded in a model's provenance. Validated on construction.
 *
 * @param minK smallest number of clusters per intent; 1 lets an intent whose questions no split
 *     separates clearly keep one cluster
 * @param maxK largest number of clusters tried per intent, at least 2
 * @param stepK step between the numbers tried
 * @param vectorSize width of the Word2Vec n-gram and sentence vectors
 */
public record FaqConfig(int minK, int maxK, int stepK, int vectorSize) {

  /** The vector width {@code train faq} uses. */
  public static final int DEFAULT_VECTOR_SIZE = 64;

  public FaqConfig {
    if (minK < 1 || maxK < Math.max(2, minK) || stepK < 1) {
      throw new IllegalArgumentException(
          "k range must satisfy 1 <= min <= max, 2 <= max, step >= 1");
    }
    if (vectorSize < 1) {
      throw new IllegalArgumentException("vectorSize must be >= 1");
    }
  }
}
