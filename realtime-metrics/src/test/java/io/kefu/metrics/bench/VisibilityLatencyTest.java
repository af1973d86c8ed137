package io.kefu.metrics.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kefu.metrics.bench.VisibilityLatency.Sample;
import java.util.List;
import org.junit.jupiter.api.Test;

class VisibilityLatencyTest {

  @Test
  void eachRecordIsTimedFromItsPacedSendToTheFirstSampleShowingIt() {
    // 10 records/s from t=1000: record k sent at 1000 + (k-1)*100.
    List<Sample> samples =
        List.of(new Sample(1150, 5), new Sample(1250, 5), new Sample(1400, 8), new Sample(1500, 9));
    long[] latencies = VisibilityLatency.of(samples, 5, 1000, 10, 3);
    // baseline 5 rows: the first sample shows none; 1400 shows all three (sent 1000, 1100, 1200)
    assertThat(latencies).containsExactly(200, 300, 400);
  }

  @Test
  void aCountGoingBackIsIgnoredAndRowsBeyondThePublishedAreNotTimed() {
    List<Sample> samples = List.of(new Sample(100, 2), new Sample(200, 1), new Sample(300, 50));
    long[] latencies = VisibilityLatency.of(samples, 0, 0, 1000, 3);
    assertThat(latencies).containsExactly(99, 100, 298);
  }

  @Test
  void percentilesAreNearestRank() {
    long[] sorted = new long[100];
    for (int i = 0; i < 100; i++) {
      sorted[i] = i + 1;
    }
    assertThat(VisibilityLatency.percentile(sorted, 50)).isEqualTo(50);
    assertThat(VisibilityLatency.percentile(sorted, 99)).isEqualTo(99);
    assertThat(VisibilityLatency.percentile(sorted, 100)).isEqualTo(100);
    assertThat(VisibilityLatency.percentile(new long[] {7}, 99)).isEqualTo(7);
    assertThat(VisibilityLatency.percentile(new long[0], 50)).isNaN();
    assertThatThrownBy(() -> VisibilityLatency.percentile(sorted, 101))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
