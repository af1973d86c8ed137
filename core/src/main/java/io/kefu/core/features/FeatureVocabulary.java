package io.kefu.core.features;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The features a model knows, each with an index and an inverse document frequency weight ({@code
 * ln((1 + texts) / (1 + texts with the feature)) + 1}, as in TF-IDF), so a model can weigh rare,
 * telling n-grams above common ones. Index 0 is reserved for "no known feature" (an empty text, or
 * one made only of unseen n-grams), so {@link #indices} never returns an empty array. Built once
 * from training texts, stored with the model as one {@code feature TAB weight} per line (line n
 * holds index n). Immutable and thread-safe.
 */
public final class FeatureVocabulary {

  /** The index of "no known feature". */
  public static final int NONE = 0;

  private static final String NONE_LINE = "<none>";

  private final List<String> features;
  private final float[] weights;
  private final Map<String, Integer> index;

  private FeatureVocabulary(List<String> features, float[] weights) {
    this.features = Collections.unmodifiableList(features);
    this.weights = weights;
    this.index = new HashMap<>(features.size() * 2);
    for (int i = 1; i < features.size(); i++) {
      index.put(features.get(i), i);
    }
  }

  /**
   * The features found in at least {@code minCount} texts, the most frequent first, at most {@code
   * maxSize} (ties broken by the feature, so the result depends only on the counts).
   *
   * @param counts feature to the number of texts holding it ({@link #count})
   * @param texts the number of texts counted
   */
  public static FeatureVocabulary build(
      Map<String, Integer> counts, int texts, int minCount, int maxSize) {
    List<Map.Entry<String, Integer>> kept = new ArrayList<>();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() >= minCount) {
        kept.add(e);
      }
    }
    kept.sort(
        Map.Entry.<String, Integer>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    List<String> features = new ArrayList<>(Math.min(kept.size(), maxSize) + 1);
    features.add(NONE_LINE);
    float[] weights = new float[Math.min(kept.size(), maxSize) + 1];
    weights[NONE] = 1f;
    for (int i = 0; i < kept.size() && i < maxSize; i++) {
      features.add(kept.get(i).getKey());
      weights[i + 1] = (float) (Math.log((1.0 + texts) / (1.0 + kept.get(i).getValue())) + 1.0);
    }
    return new FeatureVocabulary(features, weights);
  }

  /** For each feature, the number of texts holding it (for {@link #build}). */
  public static Map<String, Integer> count(
      FeatureSpec.Featurizer featurizer, Iterable<String> texts) {
    Map<String, Integer> counts = new HashMap<>();
    for (String text : texts) {
      for (String f : new java.util.HashSet<>(featurizer.features(text))) {
        counts.merge(f, 1, Integer::sum);
      }
    }
    return counts;
  }

  /** The indices of the known features, in order; {@code [NONE]} when none is known. */
  public int[] indices(List<String> textFeatures) {
    int[] out = new int[textFeatures.size()];
    int n = 0;
    for (String f : textFeatures) {
      Integer i = index.get(f);
      if (i != null) {
        out[n++] = i;
      }
    }
    return n == 0 ? new int[] {NONE} : Arrays.copyOf(out, n);
  }

  /** Number of indices, {@link #NONE} included. */
  public int size() {
    return features.size();
  }

  /** The inverse document frequency weight of an index (1 for {@link #NONE}). */
  public float weight(int i) {
    return weights[i];
  }

  /** The feature at an index. */
  public String feature(int i) {
    return features.get(i);
  }

  /** Writes one feature per line, UTF-8. */
  public void write(Path file) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < features.size(); i++) {
        out.write(features.get(i));
        out.write('\t');
        out.write(Float.toString(weights[i]));
        out.write('\n');
      }
    }
  }

  /** Reads what {@link #write} wrote. */
  public static FeatureVocabulary read(Path file) throws IOException {
    List<String> features = new ArrayList<>();
    List<Float> weights = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        int tab = line.lastIndexOf('\t');
        if (tab < 0) {
          throw new IOException(
              file + ":" + (features.size() + 1) + ": expected feature TAB weight");
        }
        features.add(line.substring(0, tab));
        weights.add(Float.parseFloat(line.substring(tab + 1)));
      }
    }
    if (features.isEmpty() || !features.get(0).equals(NONE_LINE)) {
      throw new IOException(
          file + " is not a feature vocabulary (first line must be " + NONE_LINE + ")");
    }
    float[] w = new float[weights.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = weights.get(i);
    }
    return new FeatureVocabulary(features, w);
  }
}
