package io.kefu.core.pii;

/**
 * Finds unified social credit codes (统一社会信用代码, the 税号 on an invoice): a token of 18 ASCII letters
 * and digits, in either case and either width, with nothing alphanumeric glued to it, whose 2nd to
 * 8th characters are digits (category and region code) and every character from the code's alphabet
 * (digits and the letters but I, O, S, V, Z). It must hold a letter that is not a final X, so an
 * ID-card number (17 digits and X) is left to the number finders, as are tracking numbers such as
 * YT1234567890123456. The token is masked whole.
 */
final class TaxIdFinder {

  private static final int LENGTH = 18;
  private static final int DIGITS_FROM = 1;
  private static final int DIGITS_TO = 8;
  private static final String NOT_IN_ALPHABET = "iosvz";

  private TaxIdFinder() {}

  /** Masks every code found in the free parts of the view. */
  static void maskAll(TextView view) {
    int p = 0;
    while (p < view.length) {
      if (!view.isFreeTokenChar(p)) {
        p++;
        continue;
      }
      int end = p;
      while (end < view.length && view.isFreeTokenChar(end)) {
        end++;
      }
      if (end - p == LENGTH && isCode(view, p)) {
        view.mask(p, end, PiiType.TAX_ID);
      }
      p = end;
    }
  }

  private static boolean isCode(TextView view, int start) {
    boolean letter = false;
    for (int k = 0; k < LENGTH; k++) {
      int p = start + k;
      boolean digitOnly = k >= DIGITS_FROM && k < DIGITS_TO;
      if (view.isLetter(p)) {
        if (digitOnly || NOT_IN_ALPHABET.indexOf(view.c[p]) >= 0) {
          return false;
        }
        letter |= k < LENGTH - 1 || view.c[p] != 'x';
      }
    }
    return letter;
  }
}
