package io.kefu.train.faq;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kefu.core.features.FeatureSpec;
import io.kefu.train.eval.Evaluation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clusters customer questions into FAQs within each intent: Word2Vec sentence vectors ({@link
 * SentenceEncoder}), spherical k-means for each candidate k, k chosen per intent by the best mean
 * silhouette (on a seeded sample of at most 1,500 questions), then each cluster described by its
 * intent, size, representative questions, keywords and a suggested title.
 */
public final class FaqClusterer {

  private static final Logger LOG = LoggerFactory.getLogger(FaqClusterer.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int SILHOUETTE_SAMPLE = 1500;

  private final FaqConfig config;
  private final long seed;

  public FaqClusterer(FaqConfig config, long seed) {
    this.config = config;
    this.seed = seed;
  }

  public FaqConfig config() {
    return config;
  }

  /** The model and the figures of the choice of k ({@code silhouette_by_k}, {@code k}). */
  public record Outcome(FaqModel model, int[] assignment, ObjectNode report) {}

  public Outcome cluster(List<String> questions, List<String> corpus) {
    return cluster(questions, Collections.nCopies(questions.size(), null), corpus);
  }

  /**
   * Clusters the questions within each intent, never across: FAQs of one intent that share wording
   * separate, and questions of different intents cannot mix however alike they read. k is chosen
   * per intent by the best silhouette within the configured range; an intent keeps one cluster when
   * it has too few questions to split or no split separates its questions clearly (best silhouette
   * below {@link #MIN_SPLIT_SILHOUETTE}), where the range allows one.
   *
   * @param intents the intent of each question (null: unknown, clustered together)
   */
  public Outcome cluster(List<String> questions, List<String> intents, List<String> corpus) {
    int minK = config.minK();
    if (questions.size() < Math.max(2, minK * 2)) {
      throw new IllegalArgumentException(
          "FAQ clustering needs at least "
              + Math.max(2, minK * 2)
              + " questions, got "
              + questions.size());
    }
    if (intents.size() != questions.size()) {
      throw new IllegalArgumentException(
          questions.size() + " questions but " + intents.size() + " intents");
    }
    SentenceEncoder encoder = SentenceEncoder.train(corpus, config.vectorSize(), seed);
    double[][] vectors = new double[questions.size()][];
    for (int i = 0; i < vectors.length; i++) {
      vectors[i] = encoder.encode(questions.get(i));
    }
    Map<String, List<Integer>> groups = new TreeMap<>();
    for (int i = 0; i < questions.size(); i++) {
      String intent = intents.get(i);
      groups.computeIfAbsent(intent == null ? "" : intent, g -> new ArrayList<>()).add(i);
    }
    ObjectNode report = JSON.createObjectNode();
    ObjectNode perIntent = JSON.createObjectNode();
    int[] assignment = new int[questions.size()];
    List<FaqCluster> clusters = new ArrayList<>();
    double weightedSilhouette = 0;
    int splitQuestions = 0;
    for (Map.Entry<String, List<Integer>> group : groups.entrySet()) {
      List<Integer> members = group.getValue();
      double[][] points = new double[members.size()][];
      for (int i = 0; i < points.length; i++) {
        points[i] = vectors[members.get(i)];
      }
      ObjectNode figures = groups.size() == 1 ? report : perIntent.putObject(group.getKey());
      Choice choice = choose(points, figures);
      String intent = group.getKey().isEmpty() ? null : group.getKey();
      List<String> texts = new ArrayList<>(members.size());
      members.forEach(i -> texts.add(questions.get(i)));
      for (FaqCluster c :
          describe(texts, points, choice.result(), encoder, intent, clusters.size())) {
        clusters.add(c);
      }
      int offset = clusters.size() - choice.result().centroids().length;
      for (int i = 0; i < members.size(); i++) {
        assignment[members.get(i)] = offset + choice.result().assignment()[i];
      }
      figures.put("questions", members.size());
      figures.put("k", choice.result().centroids().length);
      if (!Double.isNaN(choice.silhouette())) {
        figures.put("silhouette", Evaluation.round(choice.silhouette()));
        weightedSilhouette += choice.silhouette() * members.size();
        splitQuestions += members.size();
      }
    }
    report.put("k", clusters.size());
    report.put(
        "silhouette",
        Evaluation.round(splitQuestions == 0 ? 0 : weightedSilhouette / splitQuestions));
    report.put("questions", questions.size());
    if (groups.size() > 1) {
      report.set("intents", perIntent);
    }
    return new Outcome(new FaqModel(encoder, clusters), assignment, report);
  }

  /** Below this best silhouette an intent whose range allows one cluster is not split. */
  static final double MIN_SPLIT_SILHOUETTE = 0.1;

  /** A group's clustering and its silhouette (NaN for a single cluster). */
  private record Choice(KMeans.Result result, double silhouette) {}

  private Choice choose(double[][] points, ObjectNode figures) {
    int[] sample = sample(points.length);
    double[][] sampled = new double[sample.length][];
    for (int i = 0; i < sample.length; i++) {
      sampled[i] = points[sample[i]];
    }
    ObjectNode byK = figures.putObject("silhouette_by_k");
    KMeans.Result best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int k = Math.max(2, config.minK());
        k <= Math.min(config.maxK(), points.length / 2);
        k += config.stepK()) {
      KMeans.Result r = KMeans.fit(points, k, seed);
      int[] sampledAssignment = new int[sample.length];
      for (int i = 0; i < sample.length; i++) {
        sampledAssignment[i] = r.assignment()[sample[i]];
      }
      double s = ClusterQuality.silhouette(sampled, sampledAssignment, k);
      byK.put(Integer.toString(k), Evaluation.round(s));
      LOG.debug("faq: k={} silhouette {}", k, String.format("%.4f", s));
      if (s > bestScore) {
        bestScore = s;
        best = r;
      }
    }
    boolean mayKeepOne = config.minK() == 1 || points.length < 2 * Math.max(2, config.minK());
    if (best == null || (mayKeepOne && bestScore < MIN_SPLIT_SILHOUETTE)) {
      return new Choice(KMeans.fit(points, 1, seed), Double.NaN);
    }
    return new Choice(best, bestScore);
  }

  private int[] sample(int n) {
    List<Integer> all = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      all.add(i);
    }
    Collections.shuffle(all, new Random(seed));
    int[] out = new int[Math.min(n, SILHOUETTE_SAMPLE)];
    for (int i = 0; i < out.length; i++) {
      out[i] = all.get(i);
    }
    return out;
  }

  private static List<FaqCluster> describe(
      List<String> questions,
      double[][] vectors,
      KMeans.Result result,
      SentenceEncoder encoder,
      String intent,
      int firstId) {
    int k = result.centroids().length;
    List<List<Integer>> members = new ArrayList<>();
    for (int c = 0; c < k; c++) {
      members.add(new ArrayList<>());
    }
    for (int i = 0; i < questions.size(); i++) {
      members.get(result.assignment()[i]).add(i);
    }
    List<FaqCluster> clusters = new ArrayList<>(k);
    for (int c = 0; c < k; c++) {
      double[] centroid = result.centroids()[c];
      List<Integer> m = new ArrayList<>(members.get(c));
      m.sort(
          (a, b) ->
              Double.compare(Vectors.dot(vectors[b], centroid), Vectors.dot(vectors[a], centroid)));
      List<String> representatives = new ArrayList<>();
      for (int i : m) {
        String q = questions.get(i).strip();
        if (!representatives.contains(q)) {
          representatives.add(q);
        }
        if (representatives.size() == 3) {
          break;
        }
      }
      String title = representatives.isEmpty() ? "" : title(representatives.get(0));
      clusters.add(
          new FaqCluster(
              firstId + c,
              intent,
              m.size(),
              title,
              keywords(questions, m, encoder),
              representatives,
              centroid));
    }
    return clusters;
  }

  /** Up to five n-grams of two or more Chinese characters, by share in the cluster times IDF. */
  static List<String> keywords(
      List<String> questions, List<Integer> members, SentenceEncoder encoder) {
    FeatureSpec.Featurizer featurizer = new FeatureSpec(2, 3, 64).featurizer();
    Map<String, Integer> docFreq = new HashMap<>();
    for (int i : members) {
      Set<String> seen = new HashSet<>();
      for (String f : featurizer.features(questions.get(i))) {
        String word = f.replace(" ", "");
        if (word.codePoints()
                .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
            && seen.add(word)) {
          docFreq.merge(word, 1, Integer::sum);
        }
      }
    }
    Map<String, Double> score = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> e : docFreq.entrySet()) {
      String spaced = String.join(" ", e.getKey().split(""));
      double idf = encoder.idfOf(spaced);
      if (idf > 0) {
        score.put(e.getKey(), (double) e.getValue() / members.size() * idf);
      }
    }
    List<Map.Entry<String, Double>> ranked = new ArrayList<>(score.entrySet());
    ranked.sort(
        Map.Entry.<String, Double>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, Double> e : ranked) {
      if (out.stream().noneMatch(w -> w.contains(e.getKey()) || e.getKey().contains(w))) {
        out.add(e.getKey());
      }
      if (out.size() == 5) {
        break;
      }
    }
    return out;
  }

  /** The question without trailing punctuation or emoji, at most 30 characters. */
  static String title(String question) {
    String t = question.replaceAll("[\\p{P}\\p{S}\\s]+$", "");
    return t.length() > 30 ? t.substring(0, 30) + "…" : t;
  }
}
