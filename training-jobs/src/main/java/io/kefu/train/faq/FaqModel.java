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
  private final Candidates all;
  private final Map<String, Candidates> byIntent = new HashMap<>();

  /** Clusters a question may be assigned to, with their centroids in the same order. */
  private record Candidates(List<FaqCluster> clusters, double[][] centroids) {
    static Candidates of(List<FaqCluster> clusters) {
      return new Candidates(
          List.copyOf(clusters),
          clusters.stream().map(FaqCluster::centroid).toArray(double[][]::new));
    }

    FaqCluster nearest(double[] vector) {
      return clusters.get(KMeans.nearest(vector, centroids));
    }
  }

  FaqModel(SentenceEncoder encoder, List<FaqCluster> clusters) {
    this.encoder = encoder;
    this.all = Candidates.of(clusters);
    Map<String, List<FaqCluster>> groups = new HashMap<>();
    for (FaqCluster c : clusters) {
      if (c.intent() != null) {
        groups.computeIfAbsent(c.intent(), k -> new ArrayList<>()).add(c);
      }
    }
    groups.forEach((intent, group) -> byIntent.put(intent, Candidates.of(group)));
  }

  public List<FaqCluster> clusters() {
    return all.clusters();
  }

  /**
   * The cluster of a question prepared as the training questions were ({@link
   * io.kefu.core.text.TextPreparation#prepare}).
   */
  public FaqCluster assign(String question) {
    return all.nearest(encoder.encode(question));
  }

  /**
   * The cluster of a prepared question among those of its intent (the session's primary intent);
   * among all clusters when none has that intent (an intent the training questions never had, or a
   * model saved before FAQs were clustered by intent, which so predicts as it did).
   */
  public FaqCluster assign(String question, String intent) {
    Candidates candidates = intent == null ? null : byIntent.get(intent);
    return (candidates == null ? all : candidates).nearest(encoder.encode(question));
  }

  public void save(Path dir) throws IOException {
    encoder.save(dir);
    JSON.writerWithDefaultPrettyPrinter()
        .writeValue(dir.resolve(CLUSTERS_FILE).toFile(), all.clusters());
  }

  public static FaqModel load(Path dir) throws IOException {
    List<FaqCluster> clusters =
        JSON.readValue(
            dir.resolve(CLUSTERS_FILE).toFile(), new TypeReference<List<FaqCluster>>() {});
    return new FaqModel(SentenceEncoder.load(dir), clusters);
  }
}
