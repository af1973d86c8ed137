package io.kefu.samples.script;

import io.kefu.core.event.EndReason;
import io.kefu.samples.truth.Sentiment;
import java.util.SplittableRandom;

/**
 * Whether and how a customer rates the service: about 60 % of ended sessions are rated, resolved
 * ones more often; the rating follows the customer's final mood, and unresolved sessions are marked
 * down.
 */
final class CsatPolicy {

  private static final int[] POSITIVE = {0, 1, 5, 22, 72};
  private static final int[] NEUTRAL = {5, 10, 30, 33, 22};
  private static final int[] NEGATIVE = {47, 30, 15, 5, 3};

  private CsatPolicy() {}

  /** The rating 1–5, or null when the customer does not rate. */
  static Integer rating(EndReason end, Sentiment lastMood, SplittableRandom r) {
    int ratePercent =
        switch (end) {
          case RESOLVED -> 68;
          case TRANSFERRED -> 50;
          case TIMEOUT -> 45;
          case ABANDONED -> 38;
        };
    if (r.nextInt(100) >= ratePercent) {
      return null;
    }
    int[] weights =
        switch (lastMood) {
          case POSITIVE -> POSITIVE;
          case NEUTRAL -> NEUTRAL;
          case NEGATIVE -> NEGATIVE;
        };
    int u = r.nextInt(100);
    int rating = 1;
    while (rating < 5 && u >= weights[rating - 1]) {
      u -= weights[rating - 1];
      rating++;
    }
    if (end != EndReason.RESOLVED && rating >= 4 && r.nextInt(100) < 40) {
      rating--;
    }
    return rating;
  }

  /** A customer who rates twice changes their mind by one or two stars. */
  static int secondRating(int first, SplittableRandom r) {
    int delta = (r.nextBoolean() ? 1 : -1) * (1 + r.nextInt(2));
    int second = first + delta;
    return second < 1 || second > 5 ? first - delta : second;
  }
}
