package io.kefu.train.faq;

/**
 * Parameters of the FAQ clustering, recorded in a model's provenance. Validated on construction.
 *
 * @param minK smallest number of clusters tried, at least 2
 * @param maxK largest number of clusters tried
 * @param stepK step between the numbers tried
 * @param vectorSize width of the Word2Vec n-gram and sentence vectors
 */
public record FaqConfig(int minK, int maxK, int stepK, int vectorSize) {

  /** The vector width {@code train faq} uses. */
  public static final int DEFAULT_VECTOR_SIZE = 64;

  public FaqConfig {
    if (minK < 2 || maxK < minK || stepK < 1) {
      throw new IllegalArgumentException("k range must satisfy 2 <= min <= max, step >= 1");
    }
    if (vectorSize < 1) {
      throw new IllegalArgumentException("vectorSize must be >= 1");
    }
  }
}
