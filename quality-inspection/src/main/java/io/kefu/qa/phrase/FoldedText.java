package io.kefu.qa.phrase;

/**
 * A prepared message with the separators agents insert to dodge filters (加 微 信, 加-微-信, 加.v)
 * removed, remembering where each kept character came from so that a match maps back to the
 * message. Built once per message and shared by every phrase list. Immutable.
 */
public final class FoldedText {

  private final String text;
  private final char[] chars;
  private final int[] origin;
  private final int length;

  private FoldedText(String text, char[] chars, int[] origin, int length) {
    this.text = text;
    this.chars = chars;
    this.origin = origin;
    this.length = length;
  }

  /** Folds {@code text} (already normalised) by dropping what {@code separators} ignores. */
  public static FoldedText of(String text, Separators separators) {
    int n = text.length();
    int first = 0;
    while (first < n && separators.ignoredAt(text, first) == 0) {
      first++;
    }
    if (first == n) {
      return new FoldedText(text, text.toCharArray(), null, n);
    }
    char[] chars = new char[n];
    int[] origin = new int[n];
    int length = 0;
    for (int i = 0; i < n; ) {
      int skip = separators.ignoredAt(text, i);
      if (skip == 0) {
        chars[length] = text.charAt(i);
        origin[length] = i;
        length++;
        i++;
      } else {
        i += skip;
      }
    }
    return new FoldedText(text, chars, origin, length);
  }

  /** The message as it was given (normalised and masked). */
  public String text() {
    return text;
  }

  public int length() {
    return length;
  }

  public char charAt(int folded) {
    return chars[folded];
  }

  /** Position in {@link #text()} of the folded character at {@code folded}. */
  public int origin(int folded) {
    return origin == null ? folded : origin[folded];
  }

  /** Whether the folded text holds {@code s} at {@code folded}. */
  public boolean startsWith(char[] s, int folded) {
    if (folded < 0 || folded + s.length > length) {
      return false;
    }
    for (int k = 0; k < s.length; k++) {
      if (chars[folded + k] != s[k]) {
        return false;
      }
    }
    return true;
  }
}
