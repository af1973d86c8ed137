package io.kefu.core.pii;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of masking one text: the text with every value found replaced by its type's
 * placeholder, and how many values of each type were replaced. {@code counts} holds only types with
 * a count above zero and cannot be modified.
 */
public record MaskResult(String text, Map<PiiType, Integer> counts) {

  private static final Map<PiiType, Integer> NONE =
      Collections.unmodifiableMap(new EnumMap<>(PiiType.class));

  /** Validates and freezes the counts. */
  public MaskResult {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(counts, "counts");
    if (counts != NONE) {
      EnumMap<PiiType, Integer> positive = new EnumMap<>(PiiType.class);
      counts.forEach(
          (type, count) -> {
            if (count < 0) {
              throw new IllegalArgumentException("negative count for " + type + ": " + count);
            }
            if (count > 0) {
              positive.put(type, count);
            }
          });
      counts = positive.isEmpty() ? NONE : Collections.unmodifiableMap(positive);
    }
  }

  /** A text in which nothing was masked. */
  public static MaskResult unchanged(String text) {
    return new MaskResult(text, NONE);
  }

  /** How many values of this type were masked. */
  public int count(PiiType type) {
    return counts.getOrDefault(type, 0);
  }

  /** How many values were masked in all. */
  public int total() {
    int total = 0;
    for (int count : counts.values()) {
      total += count;
    }
    return total;
  }

  /** Whether anything was masked. */
  public boolean changed() {
    return !counts.isEmpty();
  }
}
