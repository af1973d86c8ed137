package io.kefu.train.data;

import io.kefu.core.text.TextNormalizer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The deterministic train / validation / test split: each example goes by a hash of the seed and
 * its normalised text, so the same text always lands in the same part (duplicates never leak from
 * training into test) and a rerun with the same seed gives the same split, whatever the input
 * order.
 *
 * @param train examples to fit on
 * @param validation examples for early stopping and calibration
 * @param test examples for the reported metrics only
 */
public record DataSplit(
    List<LabeledText> train, List<LabeledText> validation, List<LabeledText> test) {

  /** Per mille of examples in training and validation; the rest is test. */
  public static final int TRAIN_PER_MILLE = 800;

  public static final int VALIDATION_PER_MILLE = 100;

  private static final TextNormalizer NORMALIZER = new TextNormalizer();

  /** 80 % train, 10 % validation, 10 % test. */
  public static DataSplit of(List<LabeledText> examples, long seed) {
    List<LabeledText> train = new ArrayList<>();
    List<LabeledText> validation = new ArrayList<>();
    List<LabeledText> test = new ArrayList<>();
    for (LabeledText e : examples) {
      int bucket = bucket(e.text(), seed);
      (bucket < TRAIN_PER_MILLE
              ? train
              : bucket < TRAIN_PER_MILLE + VALIDATION_PER_MILLE ? validation : test)
          .add(e);
    }
    return new DataSplit(train, validation, test);
  }

  /** A given test set; the examples split 8 : 1 into training and validation by the same hash. */
  public static DataSplit withTest(List<LabeledText> examples, List<LabeledText> test, long seed) {
    List<LabeledText> train = new ArrayList<>();
    List<LabeledText> validation = new ArrayList<>();
    for (LabeledText e : examples) {
      (bucket(e.text(), seed) % 9 == 0 ? validation : train).add(e);
    }
    return new DataSplit(train, validation, List.copyOf(test));
  }

  /** 0..999, from the SHA-256 of the seed and the normalised text. */
  public static int bucket(String text, long seed) {
    byte[] digest = sha256(seed + "\u0000" + NORMALIZER.normalize(text));
    long v = 0;
    for (int i = 0; i < 8; i++) {
      v = (v << 8) | (digest[i] & 0xff);
    }
    return (int) Math.floorMod(v, 1000L);
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }
}
