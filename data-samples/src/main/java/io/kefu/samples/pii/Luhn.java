package io.kefu.samples.pii;

/** The Luhn (ISO/IEC 7812) check digit that bank-card numbers carry. */
public final class Luhn {

  private Luhn() {}

  /** True when the ASCII digit string ends in a correct Luhn check digit. */
  public static boolean isValid(CharSequence digits) {
    if (digits.length() < 2) {
      return false;
    }
    return sum(digits, digits.length() - 1, false) % 10 == 0;
  }

  /** The check digit to append to {@code payload} so that the whole is Luhn-valid. */
  public static char checkDigit(CharSequence payload) {
    int s = sum(payload, payload.length() - 1, true);
    return (char) ('0' + (10 - s % 10) % 10);
  }

  // Walks from the right; 'doubleFirst' is true when the rightmost digit given is the one next to
  // a check digit still to be appended.
  private static int sum(CharSequence digits, int last, boolean doubleFirst) {
    int sum = 0;
    boolean doubled = doubleFirst;
    for (int i = last; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (d < 0 || d > 9) {
        throw new IllegalArgumentException("not a digit string: " + digits);
      }
      if (doubled) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubled = !doubled;
    }
    return sum;
  }
}
