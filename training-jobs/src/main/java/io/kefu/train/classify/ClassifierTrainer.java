package io.kefu.train.classify;

import io.kefu.core.features.FeatureVocabulary;
import io.kefu.train.data.LabeledText;
import io.kefu.train.eval.ConfusionMatrix;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.EmbeddingSequenceLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains a {@link TextClassifier}: an embedding bag of unit n-grams (averaged under a mask), a ReLU
 * layer and a softmax, with class-weighted cross-entropy and Adam. Stops early on the validation
 * split's macro-F1 and keeps the best epoch's weights; then fits the temperature and, when a
 * fallback label is given, its confidence threshold on the validation split.
 */
public final class ClassifierTrainer {

  private static final Logger LOG = LoggerFactory.getLogger(ClassifierTrainer.class);

  private final ClassifierConfig config;
  private final long seed;

  public ClassifierTrainer(ClassifierConfig config, long seed) {
    this.config = config;
    this.seed = seed;
  }

  /** The outcome: the model and how training went. */
  public record Trained(TextClassifier model, TrainingHistory history) {}

  /**
   * @param fallbackLabel the label to give below the confidence threshold (intent's {@code other}),
   *     or null
   */
  public Trained train(
      String task, List<LabeledText> train, List<LabeledText> validation, String fallbackLabel) {
    if (train.isEmpty() || validation.isEmpty()) {
      throw new IllegalArgumentException(
          "training needs examples in both the training and the validation split (got "
              + train.size()
              + " and "
              + validation.size()
              + ")");
    }
    List<String> labels = labelsOf(train, validation);
    requireTwoLabels(labels);
    long started = System.nanoTime();
    var featurizer = config.features().featurizer();
    List<String> trainTexts = texts(train);
    FeatureVocabulary vocabulary =
        FeatureVocabulary.build(
            FeatureVocabulary.count(featurizer, trainTexts),
            train.size(),
            config.minFeatureCount(),
            config.maxVocabulary());
    List<int[]> trainRows = TextClassifier.encodeAll(featurizer, vocabulary, trainTexts);
    int[] trainLabels = labelIndices(train, labels);
    List<int[]> validRows = TextClassifier.encodeAll(featurizer, vocabulary, texts(validation));
    int[] validLabels = labelIndices(validation, labels);
    INDArray classWeights = classWeights(train, labels);

    TrainingHistory history = new TrainingHistory();
    List<MultiLayerNetwork> members =
        trainMembers(
            new Members(
                task,
                vocabulary.size(),
                classWeights,
                new Encoded(trainRows, trainLabels),
                new Encoded(validRows, validLabels),
                labels,
                history));
    double[][] validRaw = EmbeddingBagScorer.of(members).probabilities(validRows);
    ClassifierHead head =
        new ClassifierHead(labels, 1.0, fallbackLabel, 0.0)
            .withTemperature(TemperatureFit.fit(validRaw, validLabels));
    if (fallbackLabel != null) {
      head = head.withFallbackThreshold(FallbackThreshold.choose(head, validRaw, validLabels));
    }
    history.finish(vocabulary.size(), (System.nanoTime() - started) / 1e9, head);
    return new Trained(
        new TextClassifier(task, config.features(), vocabulary, members, head), history);
  }

  /** Examples as feature-index rows and label indices. */
  private record Encoded(List<int[]> rows, int[] labels) {}

  /** What every member trains on, and the history they all report to. */
  private record Members(
      String task,
      int vocabularySize,
      INDArray classWeights,
      Encoded train,
      Encoded validation,
      List<String> labels,
      TrainingHistory history) {}

  /**
   * The member networks, from seeds {@code seed}, {@code seed + 1}, ...: on two threads at once
   * where there are cores for them (DL4J's small operations leave most of a second core idle), each
   * member deterministic for its seed whatever the other does.
   */
  private List<MultiLayerNetwork> trainMembers(Members all) {
    int threads = Math.min(config.members(), Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<MultiLayerNetwork>> futures = new ArrayList<>();
      for (int m = 1; m <= config.members(); m++) {
        int member = m;
        futures.add(pool.submit(() -> trainMember(all, member)));
      }
      List<MultiLayerNetwork> out = new ArrayList<>();
      for (Future<MultiLayerNetwork> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("training interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** One member: Adam until validation macro-F1 stops improving, then its best epoch's weights. */
  private MultiLayerNetwork trainMember(Members all, int member) {
    String task = all.task();
    List<String> labels = all.labels();
    Encoded train = all.train();
    Encoded validation = all.validation();
    TrainingHistory history = all.history();
    long memberSeed = seed + member - 1;
    MultiLayerNetwork net =
        network(all.vocabularySize(), labels.size(), all.classWeights(), memberSeed);
    INDArray bestParams = net.params().dup();
    double bestF1 = -1;
    int sinceBest = 0;
    Random random = new Random(memberSeed);
    long started = System.nanoTime();
    int bestEpoch = 0;
    int epochs = 0;
    for (int epoch = 1; epoch <= config.maxEpochs() && sinceBest < config.patience(); epoch++) {
      epochs = epoch;
      long t0 = System.nanoTime();
      fitEpoch(net, train.rows(), train.labels(), labels.size(), random);
      double f1 =
          macroF1(EmbeddingBagScorer.of(net), validation.rows(), validation.labels(), labels);
      history.epoch(member, epoch, f1, (System.nanoTime() - t0) / 1e9);
      // Per epoch to the log file only: the terminal gets one line per member (STYLE §10).
      LOG.debug(
          "{} member {}/{} epoch {}: validation macro-F1 {}",
          task,
          member,
          config.members(),
          epoch,
          String.format("%.4f", f1));
      if (f1 > bestF1) {
        bestF1 = f1;
        bestEpoch = epoch;
        bestParams = net.params().dup();
        sinceBest = 0;
      } else {
        sinceBest++;
      }
    }
    net.setParams(bestParams);
    LOG.info(
        "{} member {}/{}: validation macro-F1 {} at epoch {} of {} ({} s)",
        task,
        member,
        config.members(),
        String.format("%.4f", bestF1),
        bestEpoch,
        epochs,
        String.format("%.1f", (System.nanoTime() - started) / 1e9));
    return net;
  }

  /**
   * Refuses, in one line, data a classifier cannot learn from: a single label (a softmax over one
   * class, which DL4J rejects with a stack trace) or none.
   *
   * @throws IllegalArgumentException naming the label found
   */
  public static void requireTwoLabels(Collection<String> labels) {
    Set<String> distinct = new TreeSet<>(labels);
    if (distinct.size() < 2) {
      throw new IllegalArgumentException(
          distinct.isEmpty()
              ? "the training data has no labels; a classifier needs at least two"
              : "the training data has one label ("
                  + distinct.iterator().next()
                  + ") and needs at least two");
    }
  }

  private MultiLayerNetwork network(
      int vocabularySize, int classes, INDArray classWeights, long networkSeed) {
    MultiLayerConfiguration conf =
        new NeuralNetConfiguration.Builder()
            .seed(networkSeed)
            .updater(new Adam(config.learningRate()))
            .weightInit(WeightInit.XAVIER)
            .list()
            .layer(
                new EmbeddingSequenceLayer.Builder()
                    .nIn(vocabularySize)
                    .nOut(config.embeddingSize())
                    .weightInit(WeightInit.NORMAL)
                    .build())
            .layer(new GlobalPoolingLayer.Builder(PoolingType.AVG).build())
            .layer(
                new DenseLayer.Builder()
                    .nIn(config.embeddingSize())
                    .nOut(config.hiddenSize())
                    .activation(Activation.RELU)
                    // DL4J's dropOut takes the probability of keeping a unit
                    .dropOut(1.0 - config.dropout())
                    .build())
            .layer(
                new OutputLayer.Builder(new LossMCXENT(classWeights))
                    .nIn(config.hiddenSize())
                    .nOut(classes)
                    .activation(Activation.SOFTMAX)
                    .build())
            .build();
    MultiLayerNetwork net = new MultiLayerNetwork(conf);
    net.init();
    return net;
  }

  private void fitEpoch(
      MultiLayerNetwork net, List<int[]> rows, int[] labels, int classes, Random random) {
    int[] lengths = new int[rows.size()];
    for (int i = 0; i < lengths.length; i++) {
      lengths[i] = rows.get(i).length;
    }
    for (int[] batch : LengthBatches.of(lengths, config.batchSize(), random)) {
      List<int[]> batchRows = new ArrayList<>(batch.length);
      INDArray y = Nd4j.zeros(batch.length, classes);
      for (int b = 0; b < batch.length; b++) {
        batchRows.add(rows.get(batch[b]));
        y.putScalar(b, labels[batch[b]], 1.0);
      }
      INDArray[] x = BatchEncoder.encode(batchRows);
      net.fit(new DataSet(x[0], y, x[1], null));
    }
  }

  static double macroF1(
      EmbeddingBagScorer scorer, List<int[]> rows, int[] truth, List<String> labels) {
    double[][] p = scorer.probabilities(rows);
    ConfusionMatrix m = new ConfusionMatrix(labels);
    for (int i = 0; i < p.length; i++) {
      m.add(truth[i], ClassifierHead.argMax(p[i]));
    }
    return m.macroF1();
  }

  private INDArray classWeights(List<LabeledText> train, List<String> labels) {
    int[] counts = new int[labels.size()];
    for (int i : labelIndices(train, labels)) {
      counts[i]++;
    }
    double[] w = new double[labels.size()];
    for (int c = 0; c < w.length; c++) {
      double balanced = (double) train.size() / (labels.size() * Math.max(1, counts[c]));
      w[c] = Math.pow(balanced, config.classWeightPower());
    }
    return Nd4j.create(w).castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT).reshape(1, w.length);
  }

  private static List<String> labelsOf(List<LabeledText> a, List<LabeledText> b) {
    TreeSet<String> labels = new TreeSet<>();
    a.forEach(t -> labels.add(t.label()));
    b.forEach(t -> labels.add(t.label()));
    return List.copyOf(labels);
  }

  static int[] labelIndices(List<LabeledText> data, List<String> labels) {
    int[] out = new int[data.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = labels.indexOf(data.get(i).label());
    }
    return out;
  }

  private static List<String> texts(List<LabeledText> data) {
    List<String> out = new ArrayList<>(data.size());
    data.forEach(t -> out.add(t.text()));
    return out;
  }
}
