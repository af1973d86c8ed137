package io.kefu.core.pii;

/**
 * The Luhn (ISO/IEC 7812) check digit that bank-card numbers carry: checked by the masker on its
 * digit buffer, computed by the sample generator to write valid cards. One implementation for both.
 */
public final class Luhn {

  private Luhn() {}

  /** Whether {@code len} ASCII digits from {@code off} end in a correct Luhn check digit. */
  public static boolean isValid(char[] d, int off, int len) {
    return sum(d, off, len, false) % 10 == 0;
  }

  /** Whether the ASCII digit string ends in a correct Luhn check digit. */
  public static boolean isValid(CharSequence digits) {
    return digits.length() >= 2 && isValid(digitsOf(digits), 0, digits.length());
  }

  /** The check digit to append to {@code payload} so that the whole is Luhn-valid. */
  public static char checkDigit(CharSequence payload) {
    int s = sum(digitsOf(payload), 0, payload.length(), true);
    return (char) ('0' + (10 - s % 10) % 10);
  }

  // Walks from the right; 'doubleFirst' is true when the rightmost digit given sits next to a
  // check digit still to be appended.
  private static int sum(char[] d, int off, int len, boolean doubleFirst) {
    int sum = 0;
    boolean doubled = doubleFirst;
    for (int i = off + len - 1; i >= off; i--) {
      int digit = d[i] - '0';
      if (doubled) {
        digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      }
      sum += digit;
      doubled = !doubled;
    }
    return sum;
  }

  private static char[] digitsOf(CharSequence digits) {
    char[] d = digits.toString().toCharArray();
    for (char c : d) {
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException("not a digit string: " + digits);
      }
    }
    return d;
  }
}
