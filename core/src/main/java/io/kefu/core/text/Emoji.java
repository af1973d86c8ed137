package io.kefu.core.text;

/**
 * Emoji recognition for chat text. An emoji is counted as one unit together with the code points
 * that modify it (variation selectors, skin tones, keycaps, tag sequences, ZWJ-joined emoji and
 * regional-indicator pairs), so "👍🏻" or "👨‍👩‍👧" is one emoji, not several.
 */
final class Emoji {

  private static final int ZWJ = 0x200D;
  private static final int KEYCAP = 0x20E3;

  private Emoji() {}

  /** Whether the code point is an emoji base (pictographs, emoticons, dingbats, flags). */
  static boolean isEmoji(int cp) {
    if (cp >= 0x1F000) {
      return cp <= 0x1FAFF;
    }
    if (cp >= 0x2600 && cp <= 0x27BF) {
      return true;
    }
    return switch (cp) {
      case 0x203C,
              0x2049,
              0x2194,
              0x2195,
              0x2196,
              0x2197,
              0x2198,
              0x2199,
              0x21A9,
              0x21AA,
              0x231A,
              0x231B,
              0x2328,
              0x23CF,
              0x23E9,
              0x23EA,
              0x23EB,
              0x23EC,
              0x23ED,
              0x23EE,
              0x23EF,
              0x23F0,
              0x23F1,
              0x23F2,
              0x23F3,
              0x23F8,
              0x23F9,
              0x23FA,
              0x24C2,
              0x25AA,
              0x25AB,
              0x25B6,
              0x25C0,
              0x25FB,
              0x25FC,
              0x25FD,
              0x25FE,
              0x2934,
              0x2935,
              0x2B05,
              0x2B06,
              0x2B07,
              0x2B1B,
              0x2B1C,
              0x2B50,
              0x2B55,
              0x3030,
              0x303D,
              0x3297,
              0x3299 ->
          true;
      default -> false;
    };
  }

  /**
   * The length in chars of the emoji sequence that starts at {@code at}, or 0 when none starts
   * there.
   */
  static int sequenceLength(CharSequence s, int at) {
    int cp = Character.codePointAt(s, at);
    int i = at + Character.charCount(cp);
    if (!isEmoji(cp)) {
      return keycapLength(s, at, cp);
    }
    if (isRegionalIndicator(cp) && i < s.length()) {
      int next = Character.codePointAt(s, i);
      if (isRegionalIndicator(next)) {
        return i + Character.charCount(next) - at;
      }
    }
    while (i < s.length()) {
      int next = Character.codePointAt(s, i);
      if (isModifier(next)) {
        i += Character.charCount(next);
      } else if (next == ZWJ && i + 1 < s.length() && isEmoji(Character.codePointAt(s, i + 1))) {
        i += 1 + Character.charCount(Character.codePointAt(s, i + 1));
      } else {
        break;
      }
    }
    return i - at;
  }

  /** Replaces every emoji sequence by {@code replacement}; other text is left as it is. */
  static String replace(String text, String replacement) {
    StringBuilder out = null;
    int copied = 0;
    for (int i = 0; i < text.length(); ) {
      int length = sequenceLength(text, i);
      if (length == 0) {
        i += Character.charCount(text.codePointAt(i));
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length() + replacement.length() * 2);
      }
      out.append(text, copied, i).append(replacement);
      i += length;
      copied = i;
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  // Keycaps are a digit, '#' or '*' followed by an optional VS16 and U+20E3, e.g. "1️⃣".
  private static int keycapLength(CharSequence s, int at, int cp) {
    if (!((cp >= '0' && cp <= '9') || cp == '#' || cp == '*')) {
      return 0;
    }
    int i = at + 1;
    if (i < s.length() && s.charAt(i) == 0xFE0F) {
      i++;
    }
    return i < s.length() && s.charAt(i) == KEYCAP ? i + 1 - at : 0;
  }

  private static boolean isModifier(int cp) {
    return cp == 0xFE0F
        || cp == 0xFE0E
        || cp == KEYCAP
        || (cp >= 0x1F3FB && cp <= 0x1F3FF)
        || (cp >= 0xE0020 && cp <= 0xE007F);
  }

  private static boolean isRegionalIndicator(int cp) {
    return cp >= 0x1F1E6 && cp <= 0x1F1FF;
  }
}
