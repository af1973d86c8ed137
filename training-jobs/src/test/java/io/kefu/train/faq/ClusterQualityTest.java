package io.kefu.train.faq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ClusterQualityTest {

  private static final int[] TRUTH = {0, 0, 0, 1, 1, 1, 2, 2, 2};

  @Test
  void identicalLabelingsScoreOne() {
    assertThat(ClusterQuality.nmi(TRUTH, TRUTH)).isCloseTo(1.0, within(1e-12));
    assertThat(ClusterQuality.ari(TRUTH, TRUTH)).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void permutedClusterIdsScoreOne() {
    int[] permuted = {7, 7, 7, 0, 0, 0, 3, 3, 3};

    assertThat(ClusterQuality.nmi(TRUTH, permuted)).isCloseTo(1.0, within(1e-12));
    assertThat(ClusterQuality.ari(TRUTH, permuted)).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void aSplitClusterScoresAsComputedByHand() {
    // truth {0,0,0,1,1,1}, clusters {0,0,1,1,2,2}; contingency rows (2,1,0) and (0,1,2), n = 6
    int[] truth = {0, 0, 0, 1, 1, 1};
    int[] predicted = {0, 0, 1, 1, 2, 2};

    // MI = 2 * (2/6) ln((2/6) / ((3/6)(2/6))) + 2 * (1/6) ln((1/6) / ((3/6)(2/6))) = (2/3) ln 2
    double mi = 2 * (2 / 6.0) * Math.log(2) + 2 * (1 / 6.0) * Math.log(1);
    double hTruth = Math.log(2);
    double hPredicted = Math.log(3);
    assertThat(ClusterQuality.nmi(truth, predicted))
        .isCloseTo(mi / ((hTruth + hPredicted) / 2), within(1e-12))
        .isCloseTo(0.5158, within(1e-4));
    // ARI: sum C(n_ij,2) = 1+1 = 2; rows 3+3 = 6; columns 1+1+1 = 3; C(6,2) = 15
    double expected = 6 * 3 / 15.0;
    double max = (6 + 3) / 2.0;
    assertThat(ClusterQuality.ari(truth, predicted))
        .isCloseTo((2 - expected) / (max - expected), within(1e-12))
        .isCloseTo(0.2424, within(1e-4));
  }

  @Test
  void anUnrelatedLabelingScoresNearZero() {
    Random random = new Random(5);
    int[] truth = new int[3000];
    int[] predicted = new int[3000];
    for (int i = 0; i < truth.length; i++) {
      truth[i] = random.nextInt(3);
      predicted[i] = random.nextInt(3);
    }

    assertThat(ClusterQuality.nmi(truth, predicted)).isBetween(0.0, 0.01);
    assertThat(ClusterQuality.ari(truth, predicted)).isBetween(-0.01, 0.01);
  }

  @Test
  void labelingsMustPair() {
    assertThatThrownBy(() -> ClusterQuality.nmi(new int[] {0, 1}, new int[] {0}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ClusterQuality.ari(new int[0], new int[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void twoWellSeparatedBlobsHaveASilhouetteNearOne() {
    double[][] points = Blobs.around(new double[][] {{1, 0, 0}, {0, 1, 0}}, 20, 0.05, 1);
    int[] assignment = Blobs.truth(2, 20);

    assertThat(ClusterQuality.silhouette(points, assignment, 2)).isGreaterThan(0.9);
  }

  @Test
  void aScrambledAssignmentHasALowSilhouette() {
    double[][] points = Blobs.around(new double[][] {{1, 0, 0}, {0, 1, 0}}, 20, 0.05, 1);
    int[] scrambled = new int[points.length];
    for (int i = 0; i < scrambled.length; i++) {
      scrambled[i] = i % 2;
    }

    assertThat(ClusterQuality.silhouette(points, scrambled, 2)).isLessThan(0.1);
  }

  @Test
  void aPointAloneInItsClusterScoresZero() {
    double[][] points = {{1, 0}, {0, 1}, {0, 1}};

    // point 0 alone: 0; points 1 and 2: a = 0, b = 1, score 1 each
    assertThat(ClusterQuality.silhouette(points, new int[] {0, 1, 1}, 2))
        .isCloseTo(2 / 3.0, within(1e-12));
  }
}
