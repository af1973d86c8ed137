package io.kefu.qa.engine;

import java.util.Locale;

/** The polarity of one customer message, ordered from worst to best. */
public enum Sentiment {
  NEGATIVE,
  NEUTRAL,
  POSITIVE;

  /** The label a sentiment model or the lexicon writes: negative, neutral, positive. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The sentiment of a model label (negative/neutral/positive, any case); anything else is neutral.
   */
  public static Sentiment fromLabel(String label) {
    if (label == null) {
      return NEUTRAL;
    }
    return switch (label.strip().toLowerCase(Locale.ROOT)) {
      case "negative", "neg" -> NEGATIVE;
      case "positive", "pos" -> POSITIVE;
      default -> NEUTRAL;
    };
  }

  /** Whether this is worse than {@code other} by at least {@code steps} steps. */
  public boolean worseThan(Sentiment other, int steps) {
    return other.ordinal() - ordinal() >= steps;
  }
}
