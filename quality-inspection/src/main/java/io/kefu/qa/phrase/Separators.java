package io.kefu.qa.phrase;

import io.kefu.core.text.TextNormalizer;

/**
 * What phrase matching ignores: the configured separator characters, and emoji outside the basic
 * plane (加🌹微🌹信 reads 加微信; ❤ and other basic-plane symbols stay, since dodges such as 薇❤ spell
 * with them). Immutable.
 */
public final class Separators {

  private final boolean[] members = new boolean[Character.MAX_VALUE + 1];
  private final String chars;

  public Separators(String chars) {
    this.chars = chars;
    for (int i = 0; i < chars.length(); i++) {
      members[chars.charAt(i)] = true;
    }
  }

  /**
   * How many characters at {@code i} matching ignores: 1 for a separator, 2 for an emoji written as
   * a surrogate pair, else 0.
   */
  public int ignoredAt(String s, int i) {
    char c = s.charAt(i);
    if (members[c]) {
      return 1;
    }
    if (Character.isHighSurrogate(c)
        && i + 1 < s.length()
        && TextNormalizer.isEmoji(Character.toCodePoint(c, s.charAt(i + 1)))) {
      return 2;
    }
    return 0;
  }

  /** Removes every separator and emoji pair from {@code s}. */
  public String strip(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int skip = ignoredAt(s, i);
      if (skip == 0) {
        out.append(s.charAt(i));
        i++;
      } else {
        i += skip;
      }
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return chars;
  }
}
