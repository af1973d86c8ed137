package io.kefu.train.classify;

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
 * The trained embedding bag's forward pass in plain Java, for serving: gather each feature's
 * vector, average them, one dense layer, softmax. This is what DL4J computes for the network {@link
 * ClassifierTrainer} builds, without its per-call cost (array allocation, workspaces, padding to
 * the longest text of a batch), which was 94 % of the serving time. DL4J stays the trainer: the
 * weights are copied out of a trained {@link MultiLayerNetwork}, and a test holds every probability
 * within 1e-5 of DL4J's.
 *
 * <p>Immutable and thread-safe: the arrays are read only, so threads share one copy of the weights
 * (DL4J needed a copy of the network per thread).
 */
public final class EmbeddingBagScorer {

  /** The element-wise activations of the layers ClassifierTrainer builds. */
  enum Activation {
    IDENTITY,
    RELU;

    static Activation of(IActivation fn, String layer) {
      if (fn instanceof ActivationIdentity) {
        return IDENTITY;
      }
      if (fn instanceof ActivationReLU relu && isPlainRelu(relu)) {
        return RELU;
      }
      throw new IllegalArgumentException(
          "the " + layer + " layer's activation " + fn + " has no plain-Java implementation");
    }

    private static boolean isPlainRelu(ActivationReLU relu) {
      // A leaky or clipped ReLU prints its parameters; the plain one prints "relu".
      return "relu".equalsIgnoreCase(relu.toString());
    }

    double apply(double x) {
      return switch (this) {
        case IDENTITY -> x;
        case RELU -> x > 0 ? x : 0;
      };
    }
  }

  private final int vocabularySize;
  private final int embeddingSize;
  private final int hiddenSize;
  private final int classes;
  private final float[] hiddenBias; // [hidden]
  // The dense layer's input is a mean of embedding rows, and a matrix product commutes with a
  // mean: each row is multiplied by the dense weights once, here, instead of the mean once per
  // text (64 x 64 multiply-adds saved per text, the larger part of the arithmetic).
  private final float[] projected; // [vocabulary][hidden] = embeddings x hiddenWeights

  private final Activation hiddenActivation;
  private final float[] outputWeights; // [hidden][classes]
  private final float[] outputBias; // [classes]

  private EmbeddingBagScorer(MultiLayerNetwork net) {
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
    Map<String, INDArray> emb = layers[0].paramTable();
    INDArray e = emb.get("W");
    vocabularySize = (int) e.size(0);
    embeddingSize = (int) e.size(1);
    if (emb.containsKey("b")
        || Activation.of(activation(layers[0]), "embedding") != Activation.IDENTITY) {
      throw new IllegalArgumentException(
          "the plain-Java scorer reads embedding layers without bias or activation, as"
              + " ClassifierTrainer builds them");
    }
    INDArray w1 = layers[2].paramTable().get("W");
    hiddenSize = (int) w1.size(1);
    float[] hiddenWeights = floats(w1);
    hiddenBias = floats(layers[2].paramTable().get("b"));
    hiddenActivation = Activation.of(activation(layers[2]), "dense");
    INDArray w2 = layers[3].paramTable().get("W");
    classes = (int) w2.size(1);
    outputWeights = floats(w2);
    outputBias = floats(layers[3].paramTable().get("b"));
    if (w1.size(0) != embeddingSize || w2.size(0) != hiddenSize) {
      throw new IllegalArgumentException("the network's layer sizes do not chain");
    }
    projected = project(floats(e), hiddenWeights);
  }

  private float[] project(float[] rows, float[] hiddenWeights) {
    int count = rows.length / embeddingSize;
    float[] out = new float[count * hiddenSize];
    double[] row = new double[embeddingSize];
    for (int r = 0; r < count; r++) {
      for (int j = 0; j < embeddingSize; j++) {
        row[j] = rows[r * embeddingSize + j];
      }
      double[] z = dense(row, hiddenWeights, new float[hiddenSize]);
      for (int k = 0; k < hiddenSize; k++) {
        out[r * hiddenSize + k] = (float) z[k];
      }
    }
    return out;
  }

  /** A copy of the trained network's weights (later training of {@code net} does not show here). */
  public static EmbeddingBagScorer of(MultiLayerNetwork net) {
    return new EmbeddingBagScorer(net);
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

  /** The output layer's inputs to its softmax for a text given as vocabulary indices. */
  public double[] logits(int[] indices) {
    for (int index : indices) {
      if (index < 0 || index >= vocabularySize) {
        throw new IllegalArgumentException(
            "feature index " + index + " outside the vocabulary of " + vocabularySize);
      }
    }
    double[] hidden = projectedHidden(indices);
    for (int k = 0; k < hiddenSize; k++) {
      hidden[k] = hiddenActivation.apply(hidden[k]);
    }
    return dense(hidden, outputWeights, outputBias);
  }

  /** {@code bias + x · weights} for row-major {@code weights} of {@code x.length} rows. */
  private static double[] dense(double[] x, float[] weights, float[] bias) {
    int width = bias.length;
    double[] out = new double[width];
    for (int k = 0; k < width; k++) {
      out[k] = bias[k];
    }
    for (int j = 0; j < x.length; j++) {
      if (x[j] != 0) {
        int row = j * width;
        for (int k = 0; k < width; k++) {
          out[k] += x[j] * weights[row + k];
        }
      }
    }
    return out;
  }

  // The dense layer's input sums: the bias plus the mean of the texts' projected rows.
  private double[] projectedHidden(int[] indices) {
    float[] sum = new float[hiddenSize];
    for (int index : indices) {
      int base = index * hiddenSize;
      for (int k = 0; k < hiddenSize; k++) {
        sum[k] += projected[base + k];
      }
    }
    double[] hidden = new double[hiddenSize];
    double n = indices.length;
    for (int k = 0; k < hiddenSize; k++) {
      hidden[k] = hiddenBias[k] + (n == 0 ? 0 : sum[k] / n);
    }
    return hidden;
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

  private static IActivation activation(Layer layer) {
    return ((BaseLayer) layer.conf().getLayer()).getActivationFn();
  }

  private static float[] floats(INDArray a) {
    // 'c' order: row-major, as the loops above index them.
    return a.castTo(DataType.FLOAT).dup('c').data().asFloat();
  }
}
