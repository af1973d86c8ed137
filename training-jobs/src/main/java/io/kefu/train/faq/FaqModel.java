package io.kefu.train.faq;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The FAQ clustering as served: the sentence encoder and the clusters; {@link #assign} puts a new
 * question in the nearest cluster. Saved as {@code word2vec.zip}, {@code faq-vocabulary.txt} and
 * {@code clusters.json}. Thread-safe after loading.
 */
public final class FaqModel {

  static final String CLUSTERS_FILE = "clusters.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SentenceEncoder encoder;
  private final List<FaqCluster> clusters;
  private final double[][] centroids;
  private final Map<String, int[]> byIntent = new HashMap<>();

  FaqModel(SentenceEncoder encoder, List<FaqCluster> clusters) {
    this.encoder = encoder;
    this.clusters = List.copyOf(clusters);
    this.centroids = new double[clusters.size()][];
    Map<String, List<Integer>> groups = new HashMap<>();
    for (int i = 0; i < centroids.length; i++) {
      centroids[i] = clusters.get(i).centroid();
      if (clusters.get(i).intent() != null) {
        groups.computeIfAbsent(clusters.get(i).intent(), k -> new ArrayList<>()).add(i);
      }
    }
    groups.forEach(
        (intent, list) ->
            byIntent.put(intent, list.stream().mapToInt(Integer::intValue).toArray()));
  }

  public List<FaqCluster> clusters() {
    return clusters;
  }

  /**
   * The cluster of a question prepared as the training questions were ({@link
   * io.kefu.core.text.TextPreparation#prepare}).
   */
  public FaqCluster assign(String question) {
    return clusters.get(KMeans.nearest(encoder.encode(question), centroids));
  }

  /**
   * The cluster of a prepared question among those of its intent (the session's primary intent);
   * among all clusters when none has that intent (an intent the training questions never had, or a
   * model saved before FAQs were clustered by intent, which so predicts as it did).
   */
  public FaqCluster assign(String question, String intent) {
    int[] candidates = intent == null ? null : byIntent.get(intent);
    if (candidates == null) {
      return assign(question);
    }
    double[] v = encoder.encode(question);
    int best = candidates[0];
    double bestSim = Double.NEGATIVE_INFINITY;
    for (int c : candidates) {
      double s = Vectors.dot(v, centroids[c]);
      if (s > bestSim) {
        bestSim = s;
        best = c;
      }
    }
    return clusters.get(best);
  }

  public void save(Path dir) throws IOException {
    encoder.save(dir);
    JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve(CLUSTERS_FILE).toFile(), clusters);
  }

  public static FaqModel load(Path dir) throws IOException {
    List<FaqCluster> clusters =
        JSON.readValue(
            dir.resolve(CLUSTERS_FILE).toFile(), new TypeReference<List<FaqCluster>>() {});
    return new FaqModel(SentenceEncoder.load(dir), clusters);
  }
}
