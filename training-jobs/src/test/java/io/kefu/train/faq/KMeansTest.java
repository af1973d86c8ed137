package io.kefu.train.faq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class KMeansTest {

  private static final double[][] CENTRES = {
    {1, 0, 0, 0, 0, 0}, {0, 0, 1, 0, 0, 0}, {0, 0, 0, 0, 1, 1}
  };

  @Test
  void separableBlobsAreFoundExactly() {
    double[][] points = Blobs.around(CENTRES, 30, 0.1, 3);

    KMeans.Result r = KMeans.fit(points, 3, 7);

    assertThat(ClusterQuality.ari(Blobs.truth(3, 30), r.assignment()))
        .isCloseTo(1.0, within(1e-12));
    for (double[] c : r.centroids()) {
      assertThat(Vectors.dot(c, c)).isCloseTo(1.0, within(1e-9));
    }
  }

  @Test
  void eachPointIsAssignedToItsNearestCentroid() {
    double[][] points = Blobs.around(CENTRES, 30, 0.3, 4);

    KMeans.Result r = KMeans.fit(points, 3, 7);

    for (int i = 0; i < points.length; i++) {
      assertThat(r.assignment()[i]).isEqualTo(KMeans.nearest(points[i], r.centroids()));
    }
  }

  @Test
  void theSameSeedGivesTheSameClustering() {
    double[][] points = Blobs.around(CENTRES, 30, 0.6, 5);

    assertThat(KMeans.fit(points, 4, 11).assignment())
        .isEqualTo(KMeans.fit(points, 4, 11).assignment());
  }

  @Test
  void kMustBeBetweenOneAndThePointCount() {
    double[][] points = Blobs.around(CENTRES, 1, 0.1, 3);

    assertThatThrownBy(() -> KMeans.fit(points, 4, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KMeans.fit(points, 0, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
