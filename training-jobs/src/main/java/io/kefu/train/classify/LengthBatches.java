package io.kefu.train.classify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * The training batches of one epoch, each holding texts of similar length. A batch is padded to its
 * longest text, so a random batch of reviews (a few to 750 features) costs the longest one 64 times
 * over; sorting within pools of {@link #POOL_BATCHES} batches keeps the padding small while the
 * pools, and the order of the batches, stay random, so updates are no less shuffled in effect.
 */
final class LengthBatches {

  /**
   * Batches per pool sorted by length: large enough to find similar lengths, small enough to mix.
   */
  static final int POOL_BATCHES = 32;

  private LengthBatches() {}

  /**
   * @param lengths each example's length (feature count)
   * @return the examples' indices in batches of at most {@code batchSize}, every index once
   */
  static List<int[]> of(int[] lengths, int batchSize, Random random) {
    List<Integer> order = new ArrayList<>(lengths.length);
    for (int i = 0; i < lengths.length; i++) {
      order.add(i);
    }
    Collections.shuffle(order, random);
    List<int[]> batches = new ArrayList<>();
    int pool = batchSize * POOL_BATCHES;
    for (int from = 0; from < order.size(); from += pool) {
      List<Integer> part =
          new ArrayList<>(order.subList(from, Math.min(order.size(), from + pool)));
      part.sort(Comparator.comparingInt(i -> lengths[i]));
      for (int b = 0; b < part.size(); b += batchSize) {
        List<Integer> batch = part.subList(b, Math.min(part.size(), b + batchSize));
        batches.add(batch.stream().mapToInt(Integer::intValue).toArray());
      }
    }
    Collections.shuffle(batches, random);
    return batches;
  }
}
