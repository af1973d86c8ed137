package io.kefu.train.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kefu.core.model.ModelName;
import io.kefu.registry.ModelRegistry;
import io.kefu.registry.ModelVersion;
import io.kefu.registry.provenance.DataFingerprint;
import io.kefu.registry.provenance.ModelProvenance;
import io.kefu.train.data.LabeledText;
import io.kefu.train.eval.Evaluation;
import io.kefu.train.faq.ClusterQuality;
import io.kefu.train.faq.FaqCluster;
import io.kefu.train.faq.FaqClusterer;
import io.kefu.train.faq.FaqPage;
import io.kefu.train.faq.FaqQuestion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Clusters customer questions into FAQs, measures the clustering against the true FAQ where one is
 * known (NMI, ARI), writes {@code evaluation.json} and {@code evaluation.html} beside the model and
 * registers it as {@code faq}.
 */
public final class FaqTrainingJob {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ModelRegistry registry;
  private final FaqClusterer clusterer;

  public FaqTrainingJob(ModelRegistry registry, FaqClusterer clusterer) {
    this.registry = registry;
    this.clusterer = clusterer;
  }

  /**
   * @param questions the questions; a label other than {@link #UNKNOWN} is the true FAQ (for NMI
   *     and ARI only); their intents are unknown, so they are clustered together
   * @param corpus more customer messages to learn the n-gram vectors from (may be empty)
   */
  public ObjectNode run(
      List<LabeledText> questions, List<String> corpus, List<String> paths, long seed, Path workDir)
      throws IOException {
    List<FaqQuestion> unknownIntent = new ArrayList<>(questions.size());
    questions.forEach(q -> unknownIntent.add(new FaqQuestion(q.text(), null, q.label())));
    return runQuestions(unknownIntent, corpus, paths, seed, workDir);
  }

  /**
   * @param questions the questions with their intents (clustered within each) and true FAQs
   * @param corpus more customer messages to learn the n-gram vectors from (may be empty)
   */
  public ObjectNode runQuestions(
      List<FaqQuestion> questions, List<String> corpus, List<String> paths, long seed, Path workDir)
      throws IOException {
    List<FaqQuestion> ordered = new ArrayList<>(questions);
    ordered.sort(
        Comparator.comparing(FaqQuestion::text)
            .thenComparing(FaqQuestion::faq)
            .thenComparing(q -> q.intent() == null ? "" : q.intent()));
    List<String> texts = new ArrayList<>(ordered.size());
    List<String> intents = new ArrayList<>(ordered.size());
    List<LabeledText> labeled = new ArrayList<>(ordered.size());
    for (FaqQuestion q : ordered) {
      texts.add(q.text());
      intents.add(q.intent());
      labeled.add(new LabeledText(q.text(), q.faq()));
    }
    List<String> allTexts = new ArrayList<>(texts);
    allTexts.addAll(corpus);
    FaqClusterer.Outcome outcome = clusterer.cluster(texts, intents, allTexts);
    ObjectNode report = outcome.report();
    agreement(ordered, outcome.assignment(), report);
    Path artifact = Files.createDirectories(workDir);
    outcome.model().save(artifact);
    ObjectNode evaluation = report.deepCopy();
    evaluation.putPOJO("clusters", summaries(outcome.model().clusters()));
    JSON.writerWithDefaultPrettyPrinter()
        .writeValue(artifact.resolve("evaluation.json").toFile(), evaluation);
    Files.writeString(
        artifact.resolve("evaluation.html"),
        FaqPage.render(report, outcome.model().clusters()),
        StandardCharsets.UTF_8);
    Map<String, Double> metrics = new LinkedHashMap<>();
    metrics.put("silhouette", report.path("silhouette").asDouble());
    if (report.has("nmi")) {
      metrics.put("nmi", report.path("nmi").asDouble());
      metrics.put("ari", report.path("ari").asDouble());
    }
    ModelProvenance provenance =
        provenance(labeled, corpus, paths, seed, report.path("k").asInt(), metrics);
    ModelVersion version = registry.register(ModelName.FAQ.wireName(), artifact, provenance);
    ObjectNode summary = JSON.createObjectNode();
    summary.put("model", ModelName.FAQ.wireName());
    summary.put("version", version.version());
    summary.setAll(report);
    // one short line for the terminal: the figures per k and per intent are in evaluation.json
    summary.remove(List.of("silhouette_by_k", "intents", "nmi_by_intent", "ari_by_intent"));
    return summary;
  }

  /**
   * The data fingerprint hashes the questions and the Word2Vec corpus, both learned from. The
   * figures (silhouette; NMI and ARI against the true FAQs) are measured on the clustered questions
   * themselves, as clustering is: the test-set fingerprint says so ({@link #IN_SAMPLE} and the hash
   * of the questions with their true FAQs), so it is never taken for a held-out split, and two FAQ
   * models are compared only when measured on the same questions.
   */
  private ModelProvenance provenance(
      List<LabeledText> questions,
      List<String> corpus,
      List<String> paths,
      long seed,
      int k,
      Map<String, Double> metrics) {
    Map<String, Long> rows = new LinkedHashMap<>();
    rows.put("questions", (long) questions.size());
    rows.put("corpus", (long) corpus.size());
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("clusterer", ProvenanceParameters.of(clusterer.config()));
    parameters.put("k", k);
    parameters.put("method", "word2vec idf-mean + spherical k-means, k by silhouette");
    parameters.put("evaluation", "in-sample: measured on the clustered questions, no held-out set");
    return new ModelProvenance(
        new DataFingerprint(paths, rows, TrainingData.contentHash(questions, corpus)),
        parameters,
        seed,
        CodeVersion.current(),
        BuildVersions.all(),
        ModelProvenance.currentJavaVersion(),
        ModelProvenance.currentOsArch(),
        Instant.now().toString(),
        metrics,
        IN_SAMPLE + TrainingData.contentHash(questions),
        null);
  }

  /** NMI and ARI against the true FAQs, overall and per intent (by the questions' intents). */
  private static void agreement(List<FaqQuestion> questions, int[] assignment, ObjectNode report) {
    Map<String, List<Integer>> byIntent = new TreeMap<>();
    List<Integer> known = new ArrayList<>();
    for (int i = 0; i < questions.size(); i++) {
      if (!questions.get(i).faq().equals(UNKNOWN)) {
        known.add(i);
        String intent = questions.get(i).intent();
        if (intent != null) {
          byIntent.computeIfAbsent(intent, k -> new ArrayList<>()).add(i);
        }
      }
    }
    if (known.isEmpty()) {
      return;
    }
    Agreement overall = Agreement.of(questions, assignment, known);
    report.put("nmi", Evaluation.round(overall.nmi()));
    report.put("ari", Evaluation.round(overall.ari()));
    report.put("true_faqs", overall.trueFaqs());
    report.put("questions_with_truth", known.size());
    if (byIntent.size() > 1) {
      ObjectNode nmi = report.putObject("nmi_by_intent");
      ObjectNode ari = report.putObject("ari_by_intent");
      byIntent.forEach(
          (intent, members) -> {
            Agreement a = Agreement.of(questions, assignment, members);
            nmi.put(intent, Evaluation.round(a.nmi()));
            ari.put(intent, Evaluation.round(a.ari()));
          });
    }
  }

  /** NMI, ARI and the number of true FAQs over some of the questions. */
  private record Agreement(double nmi, double ari, int trueFaqs) {
    static Agreement of(List<FaqQuestion> questions, int[] assignment, List<Integer> members) {
      Map<String, Integer> ids = new HashMap<>();
      int[] t = new int[members.size()];
      int[] p = new int[members.size()];
      for (int j = 0; j < members.size(); j++) {
        int i = members.get(j);
        t[j] = ids.computeIfAbsent(questions.get(i).faq(), l -> ids.size());
        p[j] = assignment[i];
      }
      return new Agreement(ClusterQuality.nmi(t, p), ClusterQuality.ari(t, p), ids.size());
    }
  }

  /** The prefix of the test-set fingerprint of figures measured on the training questions. */
  public static final String IN_SAMPLE = "in-sample:";

  /** The label of a question whose true FAQ is not known. */
  public static final String UNKNOWN = "?";

  private static List<Map<String, Object>> summaries(List<FaqCluster> clusters) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (FaqCluster c : clusters) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", c.id());
      m.put("size", c.size());
      m.put("title", c.title());
      m.put("keywords", c.keywords());
      m.put("representatives", c.representatives());
      out.add(m);
    }
    return out;
  }
}
