package io.kefu.train.classify;

import io.kefu.core.features.FeatureSpec;

/**
 * Hyperparameters of the text classifier, with the defaults chosen by measurement (README,
 * "Training"). Validated on construction.
 *
 * @param features how texts become n-gram features
 * @param minFeatureCount n-grams seen fewer times in the training split are not learned
 * @param maxVocabulary most frequent n-grams kept
 * @param embeddingSize width of each n-gram's vector
 * @param hiddenSize width of the dense layer over the averaged vectors
 * @param dropout share of the averaged vector's units dropped while training
 * @param learningRate Adam's step size
 * @param batchSize examples per update
 * @param maxEpochs upper bound on passes over the training split
 * @param patience epochs without a better validation macro-F1 before stopping
 * @param classWeightPower class weight = (n / (classes * n_c)) ^ power; 0 = unweighted
 * @param members networks trained from consecutive seeds on the same data and averaged (their
 *     logits): one network's macro-F1 on rare intents moves by several points with the seed, the
 *     average of three far less (README, "Training")
 */
public record ClassifierConfig(
    FeatureSpec features,
    int minFeatureCount,
    int maxVocabulary,
    int embeddingSize,
    int hiddenSize,
    double dropout,
    double learningRate,
    int batchSize,
    int maxEpochs,
    int patience,
    double classWeightPower,
    int members) {

  public static final ClassifierConfig DEFAULT =
      new ClassifierConfig(FeatureSpec.DEFAULT, 2, 300_000, 64, 64, 0.5, 0.005, 64, 30, 3, 0.5, 3);

  public ClassifierConfig {
    require(minFeatureCount >= 1, "minFeatureCount must be >= 1");
    require(maxVocabulary >= 1, "maxVocabulary must be >= 1");
    require(embeddingSize >= 1 && hiddenSize >= 1, "layer sizes must be >= 1");
    require(dropout >= 0 && dropout < 1, "dropout must be in [0, 1)");
    require(learningRate > 0, "learningRate must be positive");
    require(batchSize >= 1 && maxEpochs >= 1 && patience >= 1, "batch, epochs, patience >= 1");
    require(classWeightPower >= 0 && classWeightPower <= 1, "classWeightPower must be in [0, 1]");
    require(members >= 1, "members must be >= 1");
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  public ClassifierConfig withMembers(int count) {
    return copy(maxEpochs, count);
  }

  public ClassifierConfig withMaxEpochs(int epochs) {
    return copy(epochs, members);
  }

  private ClassifierConfig copy(int epochs, int count) {
    return new ClassifierConfig(
        features,
        minFeatureCount,
        maxVocabulary,
        embeddingSize,
        hiddenSize,
        dropout,
        learningRate,
        batchSize,
        epochs,
        patience,
        classWeightPower,
        count);
  }
}
