package io.kefu.train.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kefu.core.features.FeatureSpec;
import io.kefu.core.features.FeatureVocabulary;
import io.kefu.core.label.IntentRules;
import io.kefu.core.label.IntentTaxonomy;
import io.kefu.core.label.WeakLabel;
import io.kefu.core.model.Prediction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A trained text classifier: the feature spec and vocabulary it was trained with, its member DL4J
 * networks (their logits averaged), and its {@link ClassifierHead}. It scores in plain Java ({@link
 * EmbeddingBagScorer}, a copy of the networks' weights); the DL4J networks are kept for {@link
 * #save} and for checking the two agree. Thread-safe.
 *
 * <p>Saved as a folder: {@code network.zip} (DL4J; further members {@code network-2.zip}, ...),
 * {@code vocabulary.txt} and {@code model.json}. Format 1 (one network, before members) still
 * loads; format 2 adds {@code members}; format 3 adds {@code rules_file}, the taxonomy an intent
 * model serves in front of its networks ({@link IntentRules}; {@code taxonomy.json}).
 */
public final class TextClassifier {

  public static final String NETWORK_FILE = "network.zip";
  public static final String VOCABULARY_FILE = "vocabulary.txt";
  public static final String MODEL_FILE = "model.json";

  /** The intent rules an intent model serves with (format 3), beside model.json. */
  public static final String RULES_FILE = "taxonomy.json";

  /** The newest {@code model.json} format this release writes and reads (1 to 3). */
  static final int FORMAT = 3;

  /** Texts per DL4J call on the reference path; larger batches amortise DL4J's per-call cost. */
  static final int BATCH = 512;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String task;
  private final FeatureSpec spec;
  private final FeatureSpec.Featurizer featurizer;
  private final FeatureVocabulary vocabulary;
  private final List<MultiLayerNetwork> networks;
  private final ClassifierHead head;
  private final EmbeddingBagScorer scorer;
  private final IntentRules rules;

  public TextClassifier(
      String task,
      FeatureSpec spec,
      FeatureVocabulary vocabulary,
      List<MultiLayerNetwork> networks,
      ClassifierHead head) {
    this(task, spec, vocabulary, networks, head, null);
  }

  private TextClassifier(
      String task,
      FeatureSpec spec,
      FeatureVocabulary vocabulary,
      List<MultiLayerNetwork> networks,
      ClassifierHead head,
      IntentRules rules) {
    this.rules = rules;
    this.task = task;
    this.spec = spec;
    this.featurizer = spec.featurizer();
    this.vocabulary = vocabulary;
    this.networks = List.copyOf(networks);
    this.head = head;
    this.scorer = EmbeddingBagScorer.of(this.networks);
  }

  public String task() {
    return task;
  }

  public ClassifierHead head() {
    return head;
  }

  public FeatureSpec spec() {
    return spec;
  }

  public FeatureVocabulary vocabulary() {
    return vocabulary;
  }

  TextClassifier withHead(ClassifierHead newHead) {
    return new TextClassifier(task, spec, vocabulary, networks, newHead, rules);
  }

  /**
   * This model with the taxonomy's rules in front: a text the rules label (a keyword or a pattern
   * of the taxonomy) gets their intent, any other text the networks'. For intent models only.
   */
  public TextClassifier withRules(IntentRules newRules) {
    // The rules may name an intent the networks never saw (too rare in the training data): a
    // message that says it in the taxonomy's words still gets it.
    if (!"intent".equals(task)) {
      throw new IllegalArgumentException("intent rules serve an intent model, not " + task);
    }
    return new TextClassifier(task, spec, vocabulary, networks, head, newRules);
  }

  /** The networks alone, e.g. to compare them with a baseline on labels the rules wrote. */
  public TextClassifier withoutRules() {
    return rules == null ? this : new TextClassifier(task, spec, vocabulary, networks, head, null);
  }

  /** The rules served in front of the networks, or null. */
  public IntentRules rules() {
    return rules;
  }

  EmbeddingBagScorer scorer() {
    return scorer;
  }

  /** The feature indices of a text, as the network reads them. */
  int[] encode(String text) {
    return vocabulary.indices(featurizer.features(text));
  }

  /**
   * The feature-index rows of texts, in input order, as a model with this vocabulary reads them.
   */
  static List<int[]> encodeAll(
      FeatureSpec.Featurizer featurizer, FeatureVocabulary vocabulary, List<String> texts) {
    List<int[]> rows = new ArrayList<>(texts.size());
    for (String t : texts) {
      rows.add(vocabulary.indices(featurizer.features(t)));
    }
    return rows;
  }

  /** Uncalibrated softmax probabilities per text (rows in input order). */
  public double[][] rawProbabilities(List<String> texts) {
    return scorer.probabilities(encodeAll(featurizer, vocabulary, texts));
  }

  /** How many networks' logits are averaged. */
  public int members() {
    return networks.size();
  }

  /**
   * The same probabilities computed by DL4J's networks: the reference the plain-Java path is
   * checked against, and the slow path {@code bench infer} compares with. Members are averaged as
   * the scorer does: the softmax of the mean of their log-probabilities is the softmax of their
   * mean logits.
   */
  public double[][] dl4jRawProbabilities(List<String> texts) {
    List<int[]> rows = encodeAll(featurizer, vocabulary, texts);
    double[][] meanLog = new double[rows.size()][];
    for (MultiLayerNetwork net : networks) {
      double[][] p;
      // DL4J networks are not safe to share between threads; this path is for checks, not serving.
      synchronized (net) {
        p = dl4jRawProbabilitiesOfEncoded(rows, net);
      }
      for (int i = 0; i < p.length; i++) {
        if (meanLog[i] == null) {
          meanLog[i] = new double[p[i].length];
        }
        for (int c = 0; c < p[i].length; c++) {
          meanLog[i][c] += Math.log(p[i][c]) / networks.size();
        }
      }
    }
    double[][] out = new double[meanLog.length][];
    for (int i = 0; i < out.length; i++) {
      out[i] = EmbeddingBagScorer.softmax(meanLog[i]);
    }
    return out;
  }

  /** One network's softmax probabilities through DL4J, rows in input order. */
  static double[][] dl4jRawProbabilitiesOfEncoded(List<int[]> rows, MultiLayerNetwork net) {
    // Texts of similar length share a batch, so one long review does not pad 511 short messages;
    // the rows go back to input order below. Padding is masked, so results do not change.
    Integer[] order = new Integer[rows.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, java.util.Comparator.comparingInt(i -> rows.get(i).length));
    double[][] out = new double[rows.size()][];
    for (int from = 0; from < order.length; from += BATCH) {
      int to = Math.min(order.length, from + BATCH);
      List<int[]> batch = new ArrayList<>(to - from);
      for (int k = from; k < to; k++) {
        batch.add(rows.get(order[k]));
      }
      INDArray[] encoded = BatchEncoder.encode(batch);
      INDArray probs = net.output(encoded[0], false, encoded[1], null);
      double[][] block = probs.castTo(DataType.DOUBLE).toDoubleMatrix();
      for (int k = from; k < to; k++) {
        out[order[k]] = block[k - from];
      }
    }
    return out;
  }

  /**
   * Calibrated predictions, in input order, of texts prepared as the training data was ({@link
   * io.kefu.core.text.TextPreparation#prepare}); a {@link io.kefu.core.model.Predictor} prepares
   * raw text before calling this.
   */
  public List<Prediction> predict(List<String> texts) {
    List<Prediction> out = new ArrayList<>(texts.size());
    for (String text : texts) {
      if (rules != null) {
        WeakLabel ruled = rules.label(text);
        if (ruled.covered()) {
          out.add(new Prediction(ruled.label(), ruled.confidence()));
          continue;
        }
      }
      double[] calibrated = head.calibrateLogits(scorer.logits(encode(text)));
      int i = head.decide(calibrated);
      out.add(new Prediction(head.labels().get(i), calibrated[i]));
    }
    return out;
  }

  /** Writes the model folder (created if missing). */
  public void save(Path dir) throws IOException {
    Files.createDirectories(dir);
    for (int m = 0; m < networks.size(); m++) {
      ModelSerializer.writeModel(networks.get(m), dir.resolve(networkFile(m)).toFile(), false);
    }
    vocabulary.write(dir.resolve(VOCABULARY_FILE));
    ObjectNode json = JSON.createObjectNode();
    json.put("format", FORMAT);
    json.put("task", task);
    json.put(
        "architecture",
        "embedding-bag of unit n-grams, dense hidden layer, softmax; members' logits averaged");
    json.put("members", networks.size());
    json.putPOJO("labels", head.labels());
    json.put("temperature", head.temperature());
    json.put("fallback_label", head.fallbackLabel());
    json.put("fallback_threshold", head.fallbackThreshold());
    ObjectNode features = json.putObject("features");
    features.put("min_n", spec.minN());
    features.put("max_n", spec.maxN());
    features.put("max_units", spec.maxUnits());
    if (rules != null) {
      rules.taxonomy().write(dir.resolve(RULES_FILE));
      json.put("rules_file", RULES_FILE);
    }
    JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve(MODEL_FILE).toFile(), json);
  }

  /** Reads a folder written by {@link #save}. */
  public static TextClassifier load(Path dir) throws IOException {
    Path modelFile = dir.resolve(MODEL_FILE);
    if (!Files.isRegularFile(modelFile)) {
      throw new IOException(dir + " holds no " + MODEL_FILE + "; is it a classifier model folder?");
    }
    JsonNode json = JSON.readTree(modelFile.toFile());
    int format = json.path("format").asInt();
    if (format < 1 || format > FORMAT) {
      throw new IOException(
          modelFile
              + ": unknown format "
              + json.path("format")
              + "; this release reads formats 1 to "
              + FORMAT
              + (format > FORMAT
                  ? " (a newer Kefu Insight wrote it: load it with that release)"
                  : ""));
    }
    int members = format == 1 ? 1 : json.path("members").asInt(1);
    List<String> labels = new ArrayList<>();
    json.path("labels").forEach(l -> labels.add(l.asText()));
    JsonNode f = json.path("features");
    FeatureSpec spec =
        new FeatureSpec(
            f.path("min_n").asInt(), f.path("max_n").asInt(), f.path("max_units").asInt());
    String fallback =
        json.path("fallback_label").isNull() ? null : json.path("fallback_label").asText(null);
    ClassifierHead head =
        new ClassifierHead(
            labels,
            json.path("temperature").asDouble(1.0),
            fallback,
            json.path("fallback_threshold").asDouble(0));
    List<MultiLayerNetwork> nets = new ArrayList<>(members);
    for (int m = 0; m < members; m++) {
      Path file = dir.resolve(networkFile(m));
      if (!Files.isRegularFile(file)) {
        throw new IOException(
            modelFile + " names " + members + " networks but " + file + " is missing");
      }
      nets.add(ModelSerializer.restoreMultiLayerNetwork(file.toFile(), false));
    }
    FeatureVocabulary vocabulary = FeatureVocabulary.read(dir.resolve(VOCABULARY_FILE));
    IntentRules rules = null;
    if (json.hasNonNull("rules_file")) {
      Path rulesFile = dir.resolve(json.get("rules_file").asText());
      if (!Files.isRegularFile(rulesFile)) {
        throw new IOException(modelFile + " names rules " + rulesFile + ", which is missing");
      }
      rules = new IntentRules(IntentTaxonomy.fromFile(rulesFile));
    }
    return new TextClassifier(json.path("task").asText(), spec, vocabulary, nets, head, rules);
  }

  /** {@code network.zip} for the first member (as format 1 named its only network), then -2, -3. */
  static String networkFile(int member) {
    return member == 0 ? NETWORK_FILE : "network-" + (member + 1) + ".zip";
  }
}
