package io.kefu.train.classify;

import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.EmbeddingSequenceLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The trained embedding bags' forward pass in plain Java, for serving: gather each feature's
 * vector, average them, one dense ReLU layer, the output layer, the members' logits averaged, a
 * softmax. This is what DL4J computes for the networks {@link ClassifierTrainer} builds, without
 * its per-call cost (array allocation, workspaces, padding to the longest text of a batch), which
 * was 94 % of the serving time. DL4J stays the trainer: the weights are copied out of trained
 * {@link MultiLayerNetwork}s, and a test holds every probability within 1e-5 of DL4J's.
 *
 * <p>Two rewrites make it cheap, both exact up to float rounding. The dense layer's input is a mean
 * of embedding rows and a matrix product commutes with a mean, so each row is multiplied by the
 * dense weights once, at load time, instead of once per text (64 × 64 multiply-adds saved per
 * text). And the average of the members' logits is linear in their hidden units, so the members are
 * one wider bag: their projected rows side by side in one table (one contiguous gather per feature)
 * and their output layers stacked, each divided by the member count.
 *
 * <p>Immutable and thread-safe: the arrays are read only, so threads share one copy of the weights
 * (DL4J needed a copy of the networks per thread).
 */
public final class EmbeddingBagScorer {

  private final int vocabularySize;
  private final int width; // members x hidden units
  private final int classes;
  private final float[] projected; // [vocabulary][width]: each member's embeddings x its weights
  private final float[] hiddenBias; // [width]
  private final float[] outputWeights; // [width][classes], each member's divided by the count
  private final float[] outputBias; // [classes], the members' mean

  private EmbeddingBagScorer(List<MultiLayerNetwork> networks) {
    if (networks.isEmpty()) {
      throw new IllegalArgumentException("no network to score with");
    }
    List<Member> members = networks.stream().map(Member::new).toList();
    Member first = members.get(0);
    for (Member m : members) {
      if (m.vocabularySize != first.vocabularySize
          || m.hiddenSize != first.hiddenSize
          || m.classes != first.classes) {
        throw new IllegalArgumentException("the member networks differ in shape");
      }
    }
    int hidden = first.hiddenSize;
    vocabularySize = first.vocabularySize;
    classes = first.classes;
    width = hidden * members.size();
    projected = new float[vocabularySize * width];
    hiddenBias = new float[width];
    outputWeights = new float[width * classes];
    outputBias = new float[classes];
    for (int m = 0; m < members.size(); m++) {
      Member member = members.get(m);
      for (int v = 0; v < vocabularySize; v++) {
        System.arraycopy(member.projected, v * hidden, projected, v * width + m * hidden, hidden);
      }
      System.arraycopy(member.hiddenBias, 0, hiddenBias, m * hidden, hidden);
      for (int i = 0; i < hidden * classes; i++) {
        outputWeights[m * hidden * classes + i] = member.outputWeights[i] / members.size();
      }
      for (int c = 0; c < classes; c++) {
        outputBias[c] += member.outputBias[c] / members.size();
      }
    }
  }

  /** A copy of the trained network's weights (later training of {@code net} does not show here). */
  public static EmbeddingBagScorer of(MultiLayerNetwork net) {
    return new EmbeddingBagScorer(List.of(net));
  }

  /** The average of the networks' logits (copies of their weights): one model, several members. */
  public static EmbeddingBagScorer of(List<MultiLayerNetwork> networks) {
    return new EmbeddingBagScorer(networks);
  }

  public int classes() {
    return classes;
  }

  /**
   * The softmax probabilities of a text given as vocabulary indices (repeats count as often as they
   * occur). A text with no known feature averages nothing: its bag is the zero vector, so the
   * prediction comes from the biases alone.
   */
  public double[] probabilities(int[] indices) {
    return softmax(logits(indices));
  }

  /** {@link #probabilities(int[])} of each row, in row order. */
  public double[][] probabilities(List<int[]> rows) {
    double[][] out = new double[rows.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = probabilities(rows.get(i));
    }
    return out;
  }

  /** The inputs to the softmax: the members' logits averaged (for one member, its own). */
  public double[] logits(int[] indices) {
    float[] hidden = new float[width];
    for (int index : indices) {
      if (index < 0 || index >= vocabularySize) {
        throw new IllegalArgumentException(
            "feature index " + index + " outside the vocabulary of " + vocabularySize);
      }
      int base = index * width;
      for (int k = 0; k < width; k++) {
        hidden[k] += projected[base + k];
      }
    }
    float scale = indices.length == 0 ? 0f : 1f / indices.length;
    for (int k = 0; k < width; k++) {
      hidden[k] = Math.max(0f, hiddenBias[k] + hidden[k] * scale); // ReLU
    }
    float[] logits = outputBias.clone();
    for (int k = 0; k < width; k++) {
      float h = hidden[k];
      int row = k * classes;
      for (int c = 0; c < classes; c++) {
        logits[c] += h * outputWeights[row + c];
      }
    }
    double[] out = new double[classes];
    for (int c = 0; c < classes; c++) {
      out[c] = logits[c];
    }
    return out;
  }

  static double[] softmax(double[] logits) {
    double max = Double.NEGATIVE_INFINITY;
    for (double l : logits) {
      max = Math.max(max, l);
    }
    double sum = 0;
    double[] p = new double[logits.length];
    for (int c = 0; c < p.length; c++) {
      p[c] = Math.exp(logits[c] - max);
      sum += p[c];
    }
    for (int c = 0; c < p.length; c++) {
      p[c] /= sum;
    }
    return p;
  }

  /** One trained network's arrays, read and checked against the shape the trainer builds. */
  private static final class Member {

    final int vocabularySize;
    final int hiddenSize;
    final int classes;
    final float[] projected; // [vocabulary][hidden] = embeddings x dense weights
    final float[] hiddenBias;
    final float[] outputWeights; // [hidden][classes]
    final float[] outputBias;

    Member(MultiLayerNetwork net) {
      Layer[] layers = net.getLayers();
      if (layers.length != 4
          || !(layers[0].conf().getLayer() instanceof EmbeddingSequenceLayer)
          || !(layers[1].conf().getLayer() instanceof GlobalPoolingLayer pooling)
          || pooling.getPoolingType() != PoolingType.AVG
          || !(layers[2].conf().getLayer() instanceof DenseLayer)
          || !(layers[3].conf().getLayer() instanceof OutputLayer output)
          || !(output.getActivationFn() instanceof ActivationSoftmax)) {
        throw new IllegalArgumentException(
            "not an embedding-bag network (embedding, average pooling, dense, softmax output)");
      }
      Map<String, INDArray> embedding = layers[0].paramTable();
      if (embedding.containsKey("b") || !(activation(layers[0]) instanceof ActivationIdentity)) {
        throw new IllegalArgumentException(
            "the plain-Java scorer reads embedding layers without bias or activation, as"
                + " ClassifierTrainer builds them");
      }
      if (!(activation(layers[2]) instanceof ActivationReLU relu)
          || !"relu".equalsIgnoreCase(relu.toString())) {
        // A leaky or clipped ReLU prints its parameters; the plain one prints "relu".
        throw new IllegalArgumentException(
            "the plain-Java scorer reads a plain ReLU dense layer, not " + activation(layers[2]));
      }
      INDArray e = embedding.get("W");
      INDArray w1 = layers[2].paramTable().get("W");
      INDArray w2 = layers[3].paramTable().get("W");
      vocabularySize = (int) e.size(0);
      int embeddingSize = (int) e.size(1);
      hiddenSize = (int) w1.size(1);
      classes = (int) w2.size(1);
      if (w1.size(0) != embeddingSize || w2.size(0) != hiddenSize) {
        throw new IllegalArgumentException("the network's layer sizes do not chain");
      }
      projected = project(floats(e), embeddingSize, floats(w1));
      hiddenBias = floats(layers[2].paramTable().get("b"));
      outputWeights = floats(w2);
      outputBias = floats(layers[3].paramTable().get("b"));
    }

    private float[] project(float[] rows, int embeddingSize, float[] weights) {
      float[] out = new float[vocabularySize * hiddenSize];
      double[] row = new double[hiddenSize];
      for (int v = 0; v < vocabularySize; v++) {
        java.util.Arrays.fill(row, 0);
        for (int j = 0; j < embeddingSize; j++) {
          double x = rows[v * embeddingSize + j];
          int w = j * hiddenSize;
          for (int k = 0; k < hiddenSize; k++) {
            row[k] += x * weights[w + k];
          }
        }
        for (int k = 0; k < hiddenSize; k++) {
          out[v * hiddenSize + k] = (float) row[k];
        }
      }
      return out;
    }
  }

  private static IActivation activation(Layer layer) {
    return ((BaseLayer) layer.conf().getLayer()).getActivationFn();
  }

  private static float[] floats(INDArray a) {
    // 'c' order: row-major, as the loops above index them.
    return a.castTo(DataType.FLOAT).dup('c').data().asFloat();
  }
}
