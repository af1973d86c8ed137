package io.kefu.core.pii;

/**
 * One way to read digit groups {@code i..last} of a {@link NumberRun} as a number: its type, its
 * rank (lower is preferred: ID card, then bank card or order number, then mobile, then landline)
 * and whether it is a landline, which may carry an extension.
 */
record NumberReading(PiiType type, int rank, int last, boolean landline) {

  static final int ID = 0;
  static final int CARD_OR_ORDER = 1;
  static final int MOBILE = 2;
  static final int LANDLINE = 3;

  static final int MAX_NUMBER_DIGITS = 24;
  static final int LONG_NUMBER_DIGITS = 12;
  static final int MIN_CARD_DIGITS = 16;
  static final int MAX_CARD_DIGITS = 19;
  private static final int MAX_ORDER_DIGITS = 20;

  /**
   * Whether groups {@code i..j} show an 11-digit mobile number (with or without a fused 86), an
   * 18-character number with a valid ID-card checksum or a Luhn-valid card number.
   */
  static boolean isSensitive(NumberRun r, int i, int j) {
    if (!r.uniform(i, j) || xInside(r, i, j)) {
      return false;
    }
    int off = r.offset[i];
    int lenX = r.digitCount(i, j);
    int len = r.hasX(j) ? lenX - 1 : lenX;
    return (lenX == 18 && NumberRules.hasIdChecksum(r.digits, off))
        || NumberRules.isMobile(r.digits, off, len)
        || NumberRules.isCardNumber(r.digits, off, len)
        || NumberRules.fusedCountryCode(r.digits, off, len) > 0;
  }

  /** How groups {@code i..j} read as one number, or null. */
  static NumberReading read(NumberRun r, int i, int j, boolean order, boolean card) {
    if (xInside(r, i, j)) {
      return null;
    }
    char[] d = r.digits;
    int off = r.offset[i];
    int lenX = r.digitCount(i, j);
    int len = r.hasX(j) ? lenX - 1 : lenX;
    boolean uniform = r.uniform(i, j);
    if (uniform && NumberRules.isIdCard(d, off, lenX) && !(lenX == 15 && order)) {
      return new NumberReading(PiiType.ID_CARD, ID, j, false);
    }
    if (uniform && NumberRules.isCardNumber(d, off, len)) {
      PiiType type = order && !card ? PiiType.ORDER_NO : PiiType.BANK_CARD;
      return new NumberReading(type, CARD_OR_ORDER, j, false);
    }
    // The customer says it is a card: trust that over a mistyped check digit.
    if (uniform && card && len >= MIN_CARD_DIGITS && len <= MAX_CARD_DIGITS && d[off] != '0') {
      return new NumberReading(PiiType.BANK_CARD, CARD_OR_ORDER, j, false);
    }
    if (uniform && order && len >= LONG_NUMBER_DIGITS && len <= MAX_ORDER_DIGITS) {
      return new NumberReading(PiiType.ORDER_NO, CARD_OR_ORDER, j, false);
    }
    if ((uniform && NumberRules.isMobile(d, off, len))
        || (NumberRules.fusedCountryCode(d, off, len) > 0 && (i == j || r.uniform(i + 1, j)))) {
      return new NumberReading(PiiType.PHONE, MOBILE, j, false);
    }
    return j > i ? readPrefixed(r, i, j, len) : readLandline(d, off, len, j);
  }

  // Numbers whose first group is a country code (+86 138 1234 5678) or an area code (010-6234
  // 5678).
  private static NumberReading readPrefixed(NumberRun r, int i, int j, int len) {
    char[] d = r.digits;
    int off = r.offset[i];
    int first = r.digitCount(i, i);
    int rest = len - first;
    if (!r.uniform(i + 1, j)) {
      return null;
    }
    if (NumberRules.isCountryCode(d, off, first)) {
      if (NumberRules.isMobile(d, off + first, rest)) {
        return new NumberReading(PiiType.PHONE, MOBILE, j, false);
      }
      return isLandlineWithoutTrunkZero(d, off + first, rest)
          ? new NumberReading(PiiType.PHONE, LANDLINE, j, true)
          : null;
    }
    if (NumberRules.isAreaCode(d, off, first) && rest >= 7 && rest <= 8) {
      return new NumberReading(PiiType.PHONE, LANDLINE, j, true);
    }
    return r.uniform(i, j) ? readLandline(d, off, len, j) : null;
  }

  private static NumberReading readLandline(char[] d, int off, int len, int j) {
    return NumberRules.isFusedLandline(d, off, len)
        ? new NumberReading(PiiType.PHONE, LANDLINE, j, true)
        : null;
  }

  // After +86 the area code drops its 0: +86 10 6234 5678, +86-755-23456789.
  private static boolean isLandlineWithoutTrunkZero(char[] d, int off, int len) {
    if (len < 9 || d[off] == '0') {
      return len >= 10 && NumberRules.isFusedLandline(d, off, len);
    }
    int area = d[off] == '1' || d[off] == '2' ? 2 : 3;
    return len - area >= 7 && len - area <= 8;
  }

  private static boolean xInside(NumberRun r, int i, int j) {
    for (int g = i; g < j; g++) {
      if (r.hasX(g)) {
        return true;
      }
    }
    return false;
  }
}
