package io.kefu.train.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LengthBatchesTest {

  @Test
  void everyExampleIsInExactlyOneBatchOfAtMostTheBatchSize() {
    int[] lengths = randomLengths(10_000, new Random(1));

    List<int[]> batches = LengthBatches.of(lengths, 64, new Random(7));

    List<Integer> seen = new ArrayList<>();
    for (int[] b : batches) {
      assertThat(b.length).isBetween(1, 64);
      for (int i : b) {
        seen.add(i);
      }
    }
    assertThat(seen).hasSize(lengths.length).doesNotHaveDuplicates();
  }

  @Test
  void batchesPadFarLessThanRandomBatches() {
    int[] lengths = randomLengths(10_000, new Random(2));

    long padded = 0;
    for (int[] b : LengthBatches.of(lengths, 64, new Random(3))) {
      padded += paddedSize(b, lengths);
    }
    long random = 0;
    List<Integer> shuffled = new ArrayList<>();
    for (int i = 0; i < lengths.length; i++) {
      shuffled.add(i);
    }
    java.util.Collections.shuffle(shuffled, new Random(3));
    for (int from = 0; from < shuffled.size(); from += 64) {
      int[] b =
          shuffled.subList(from, Math.min(shuffled.size(), from + 64)).stream()
              .mapToInt(Integer::intValue)
              .toArray();
      random += paddedSize(b, lengths);
    }

    assertThat(padded).isLessThan(random / 2);
  }

  @Test
  void theOrderDependsOnTheSeedAndOnlyOnIt() {
    int[] lengths = randomLengths(1_000, new Random(4));

    List<int[]> a = LengthBatches.of(lengths, 32, new Random(5));
    List<int[]> b = LengthBatches.of(lengths, 32, new Random(5));
    List<int[]> c = LengthBatches.of(lengths, 32, new Random(6));

    assertThat(a).containsExactlyElementsOf(b);
    assertThat(a.get(0)).isNotEqualTo(c.get(0));
  }

  private static long paddedSize(int[] batch, int[] lengths) {
    int max = 0;
    for (int i : batch) {
      max = Math.max(max, lengths[i]);
    }
    return (long) max * batch.length;
  }

  // Review-like lengths: mostly short, a long tail.
  private static int[] randomLengths(int n, Random random) {
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = 3 + (int) Math.min(750, -60 * Math.log(1 - random.nextDouble()));
    }
    return out;
  }
}
