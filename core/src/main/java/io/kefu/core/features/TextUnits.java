package io.kefu.core.features;

import io.kefu.core.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a message into the units a model reads: each Chinese character or punctuation mark is a
 * unit, a run of Latin letters is one lower-case word, a run of digits is {@code 0} (the value of a
 * number says nothing about intent or mood, its presence does), a PII mask such as {@code [PHONE]}
 * and any emoji ({@link TextNormalizer#EMOJI_TOKEN}) are one unit each; spaces separate units and
 * are dropped. The text is first normalised by {@link TextNormalizer}, so training (Spark) and
 * serving (Flink) see the same units. Immutable and thread-safe.
 */
public final class TextUnits {

  /** The unit standing for any number. */
  public static final String NUMBER = "0";

  private static final int ZERO_WIDTH_JOINER = 0x200D;

  private final TextNormalizer normalizer = new TextNormalizer();
  private final int maxUnits;

  /**
   * @param maxUnits units kept from the start of a text; long reviews are cut there
   */
  public TextUnits(int maxUnits) {
    if (maxUnits < 1) {
      throw new IllegalArgumentException("maxUnits must be at least 1, got " + maxUnits);
    }
    this.maxUnits = maxUnits;
  }

  /** The units of a raw message, at most {@code maxUnits}; null or blank gives none. */
  public List<String> of(String raw) {
    String text = normalizer.normalize(raw);
    List<String> units = new ArrayList<>(Math.min(text.length(), maxUnits));
    int n = text.length();
    int i = 0;
    while (i < n && units.size() < maxUnits) {
      int cp = text.codePointAt(i);
      int end = i + Character.charCount(cp);
      if (isLatin(cp)) {
        end = runEnd(text, i, TextUnits::isLatin);
        units.add(text.substring(i, end));
      } else if (isDigit(cp)) {
        end = runEnd(text, i, TextUnits::isDigit);
        units.add(NUMBER);
      } else if (TextNormalizer.isEmoji(cp)) {
        // with its modifiers: variation selectors (non-spacing marks) and the zero-width joiner
        // of sequences such as a family, which would otherwise become units of their own
        end =
            runEnd(
                text,
                i,
                c ->
                    TextNormalizer.isEmoji(c)
                        || c == ZERO_WIDTH_JOINER
                        || Character.getType(c) == Character.NON_SPACING_MARK);
        units.add(TextNormalizer.EMOJI_TOKEN);
      } else if (cp == '[' && maskEnd(text, i) > 0) {
        end = maskEnd(text, i);
        units.add(text.substring(i, end));
      } else if (!Character.isWhitespace(cp)) {
        units.add(text.substring(i, end));
      }
      i = end;
    }
    return units;
  }

  // "[PHONE]", "[ID_CARD]": the masker's placeholders, lower-cased by the normaliser.
  private static int maskEnd(String text, int start) {
    int i = start + 1;
    while (i < text.length() && i - start <= 12) {
      char c = text.charAt(i);
      if (c == ']') {
        return i > start + 1 ? i + 1 : -1;
      }
      if (!(c >= 'a' && c <= 'z') && c != '_') {
        return -1;
      }
      i++;
    }
    return -1;
  }

  private static int runEnd(String text, int start, java.util.function.IntPredicate inRun) {
    int i = start;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (!inRun.test(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  private static boolean isLatin(int cp) {
    return cp >= 'a' && cp <= 'z';
  }

  private static boolean isDigit(int cp) {
    return cp >= '0' && cp <= '9';
  }
}
