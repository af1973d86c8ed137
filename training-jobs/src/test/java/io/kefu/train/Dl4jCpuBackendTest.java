package io.kefu.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/** Deeplearning4j on the nd4j-native CPU backend, on Java 17, learns a separable toy set. */
class Dl4jCpuBackendTest {

  @Test
  void aTinyNetworkLearnsTwoSeparableClasses() {
    int n = 200;
    INDArray features = Nd4j.zeros(n, 2);
    INDArray labels = Nd4j.zeros(n, 2);
    java.util.Random random = new java.util.Random(42);
    for (int i = 0; i < n; i++) {
      int label = i % 2;
      double centre = label == 0 ? -1.0 : 1.0;
      features.putScalar(i, 0, centre + random.nextGaussian() * 0.3);
      features.putScalar(i, 1, centre + random.nextGaussian() * 0.3);
      labels.putScalar(i, label, 1.0);
    }
    MultiLayerConfiguration conf =
        new NeuralNetConfiguration.Builder()
            .seed(7)
            .updater(new Adam(0.05))
            .list()
            .layer(new DenseLayer.Builder().nIn(2).nOut(8).activation(Activation.RELU).build())
            .layer(
                new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT)
                    .nIn(8)
                    .nOut(2)
                    .activation(Activation.SOFTMAX)
                    .build())
            .build();
    MultiLayerNetwork net = new MultiLayerNetwork(conf);
    net.init();

    DataSet data = new DataSet(features, labels);
    for (int epoch = 0; epoch < 60; epoch++) {
      net.fit(data);
    }

    INDArray predicted = net.output(features).argMax(1);
    INDArray expected = labels.argMax(1);
    double accuracy = predicted.eq(expected).castTo(DataType.DOUBLE).meanNumber().doubleValue();
    assertThat(accuracy).isGreaterThan(0.97);
  }
}
