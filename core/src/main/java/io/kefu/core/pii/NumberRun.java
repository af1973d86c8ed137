package io.kefu.core.pii;

import java.util.Arrays;

/**
 * Digit groups that may be one number written with separators: "138 1234 5678", "010-62345678",
 * "(010)62345678", "6222 0212 3456 7890 128". Between two groups stands a short separator (at most
 * three chars, spaces plus at most one of {@code - . ( )}); each separator has a class (space,
 * dash, dot, bracket) and a number's groups must share one. A group may end with an ID card's check
 * character X. ASCII letters glued to the run (order ids such as JD123456789012) are noted.
 */
final class NumberRun {

  static final int MAX_GROUPS = 24;
  private static final int MAX_SEPARATOR = 3;
  private static final int MAX_GLUED_LETTERS = 8;
  private static final String NBSP = "&nbsp;";
  private static final int MAX_TAG = 64;
  private static final int MAX_TAG_NAME = 10;

  final TextView view;
  int count;

  /** Per group: start, end of its digits, end including a trailing X (else = end). */
  final int[] start = new int[MAX_GROUPS];

  final int[] end = new int[MAX_GROUPS];
  final int[] endWithX = new int[MAX_GROUPS];

  /** Per group: the class of the separator before it (0 for the first group). */
  final char[] separator = new char[MAX_GROUPS];

  /** Offsets into {@link #digits}: group g is {@code digits[offset[g], offset[g + 1])}. */
  final int[] offset = new int[MAX_GROUPS + 1];

  char[] digits = new char[32];
  int lettersBefore;
  int lettersAfter;

  NumberRun(TextView view) {
    this.view = view;
  }

  /** Reads the run whose first digit is at {@code from}; returns the index after the run. */
  int read(int from) {
    count = 0;
    int p = readGroup(from);
    while (count < MAX_GROUPS) {
      int next = separatorEnd(p);
      if (next < 0) {
        break;
      }
      separator[count] = separatorClass(p, next);
      p = readGroup(next);
    }
    lettersBefore = gluedLetters(start[0], -1);
    lettersAfter = endWithX[count - 1] == end[count - 1] ? gluedLetters(end[count - 1], 1) : 0;
    return endWithX[count - 1];
  }

  int digitCount(int first, int last) {
    return offset[last + 1] - offset[first];
  }

  /** Digits in groups {@code first..last}, not counting ID check characters. */
  int pureDigitCount(int first, int last) {
    int n = digitCount(first, last);
    for (int g = first; g <= last; g++) {
      n -= hasX(g) ? 1 : 0;
    }
    return n;
  }

  boolean hasX(int group) {
    return endWithX[group] != end[group];
  }

  /** Whether the separators between groups {@code first..last} all have the same class. */
  boolean uniform(int first, int last) {
    for (int g = first + 2; g <= last; g++) {
      if (separator[g] != separator[first + 1]) {
        return false;
      }
    }
    return true;
  }

  private int readGroup(int p) {
    TextView v = view;
    int s = p;
    if (count == 0) {
      offset[0] = 0;
    }
    int o = offset[count];
    while (p < v.length && v.isDigit(p) && v.free(p)) {
      if (o == digits.length) {
        digits = Arrays.copyOf(digits, o * 2);
      }
      digits[o++] = v.c[p++];
    }
    start[count] = s;
    end[count] = p;
    boolean checkChar =
        p < v.length && v.c[p] == 'x' && v.free(p) && (p + 1 == v.length || !isAlnum(v.c[p + 1]));
    if (checkChar) {
      if (o == digits.length) {
        digits = Arrays.copyOf(digits, o * 2);
      }
      digits[o++] = 'x';
      p++;
    }
    endWithX[count] = p;
    offset[++count] = o;
    return p;
  }

  // Returns where the next group starts, or -1 when no group follows a valid separator.
  private int separatorEnd(int p) {
    TextView v = view;
    int marks = 0;
    int q = p;
    for (int units = 0; units < MAX_SEPARATOR && q < v.length && v.free(q); units++) {
      int markup = markupEnd(v.original, q);
      if (markup > q && v.freeRange(q, markup)) {
        q = markup;
      } else if (isSeparator(v.c[q])) {
        marks += v.c[q] == ' ' ? 0 : 1;
        q++;
      } else {
        break;
      }
    }
    boolean valid = q > p && marks <= 1 && q < v.length && v.isDigit(q) && v.free(q);
    return valid ? q : -1;
  }

  private char separatorClass(int from, int to) {
    for (int q = from; q < to; q++) {
      char ch = view.c[q];
      if (ch != ' ') {
        return ch == ')' ? '(' : ch;
      }
    }
    return ' ';
  }

  private int gluedLetters(int at, int direction) {
    int n = 0;
    int q = direction < 0 ? at - 1 : at;
    while (q >= 0 && q < view.length && view.isLetter(q) && view.free(q) && n < MAX_GLUED_LETTERS) {
      n++;
      q += direction;
    }
    return n;
  }

  // "&nbsp;" or a short tag such as "</b>" or "<br>" between two digit groups counts as a space.
  private static int markupEnd(String s, int q) {
    char ch = s.charAt(q);
    if (ch == '&') {
      return s.regionMatches(true, q, NBSP, 0, NBSP.length()) ? q + NBSP.length() : -1;
    }
    if (ch != '<') {
      return -1;
    }
    int k = q + 1 < s.length() && s.charAt(q + 1) == '/' ? q + 2 : q + 1;
    int name = k;
    while (k < s.length() && k - name < MAX_TAG_NAME && isTagNameChar(s.charAt(k), k == name)) {
      k++;
    }
    if (k == name || k >= s.length()) {
      return -1;
    }
    if (s.charAt(k) != '>' && s.charAt(k) != ' ' && s.charAt(k) != '/') {
      return -1;
    }
    for (; k < s.length() && k - q < MAX_TAG; k++) {
      if (s.charAt(k) == '>') {
        return k + 1;
      }
      if (s.charAt(k) == '<') {
        return -1;
      }
    }
    return -1;
  }

  private static boolean isTagNameChar(char ch, boolean first) {
    boolean letter = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
    return letter || (!first && ch >= '0' && ch <= '9');
  }

  private static boolean isSeparator(char ch) {
    return ch == ' ' || ch == '-' || ch == '.' || ch == '(' || ch == ')';
  }

  private static boolean isAlnum(char ch) {
    return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z');
  }
}
