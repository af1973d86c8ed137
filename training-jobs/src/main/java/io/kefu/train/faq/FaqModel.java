package io.kefu.train.faq;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

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

  FaqModel(SentenceEncoder encoder, List<FaqCluster> clusters) {
    this.encoder = encoder;
    this.clusters = List.copyOf(clusters);
    this.centroids = new double[clusters.size()][];
    for (int i = 0; i < centroids.length; i++) {
      centroids[i] = clusters.get(i).centroid();
    }
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
