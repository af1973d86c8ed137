package io.kefu.core.pii;

/**
 * Tests on a run of digits {@code d[off, off + len)} (ASCII digits; an ID card's check character
 * may be 'x'). Pure functions.
 */
final class NumberRules {

  private static final int[] DAYS_IN_MONTH = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  private NumberRules() {}

  /** A mainland mobile number: 11 digits, 1 then 3–9. */
  static boolean isMobile(char[] d, int off, int len) {
    return len == 11
        && d[off] == '1'
        && d[off + 1] >= '3'
        && d[off + 1] <= '9'
        && allDigits(d, off, len);
  }

  /** The length of a fused country code (86 or 0086) before a mobile number, else 0. */
  static int fusedCountryCode(char[] d, int off, int len) {
    if (len == 13 && d[off] == '8' && d[off + 1] == '6' && isMobile(d, off + 2, 11)) {
      return 2;
    }
    boolean zeroZero = len == 15 && d[off] == '0' && d[off + 1] == '0';
    return zeroZero && d[off + 2] == '8' && d[off + 3] == '6' && isMobile(d, off + 4, 11) ? 4 : 0;
  }

  /** Whether the digits are the country code 86 or 0086 on their own. */
  static boolean isCountryCode(char[] d, int off, int len) {
    return (len == 2 && d[off] == '8' && d[off + 1] == '6')
        || (len == 4
            && d[off] == '0'
            && d[off + 1] == '0'
            && d[off + 2] == '8'
            && d[off + 3] == '6');
  }

  /**
   * A resident ID number per GB 11643-1999: 18 characters (17 digits, then a digit or X matching
   * the ISO 7064 MOD 11-2 check) with a birth date in 1900–2099, or a legacy 15-digit number with a
   * valid YYMMDD birth date. The first digit is a region code, 1–8.
   */
  static boolean isIdCard(char[] d, int off, int len) {
    if ((len != 18 && len != 15) || d[off] < '1' || d[off] > '8' || !allDigits(d, off, len - 1)) {
      return false;
    }
    if (len == 15) {
      return isDigit(d[off + 14]) && isDate(19, twoDigits(d, off + 6), d, off + 8);
    }
    int century = twoDigits(d, off + 6);
    if ((century != 19 && century != 20) || !isDate(century, twoDigits(d, off + 8), d, off + 10)) {
      return false;
    }
    return hasIdChecksum(d, off);
  }

  /** Whether 18 characters end with the GB 11643-1999 check character of the 17 digits before. */
  static boolean hasIdChecksum(char[] d, int off) {
    return IdCardChecksum.isValid(d, off);
  }

  /** A payment card number: 16–19 digits, not starting with 0, passing the Luhn check. */
  static boolean isCardNumber(char[] d, int off, int len) {
    return len >= 16 && len <= 19 && d[off] != '0' && allDigits(d, off, len) && luhn(d, off, len);
  }

  static boolean luhn(char[] d, int off, int len) {
    return Luhn.isValid(d, off, len);
  }

  /**
   * A landline written without separators after its leading 0: the area code is 3 digits for 010
   * and 02x, else 4, and the local number 7–8 digits.
   */
  static boolean isFusedLandline(char[] d, int off, int len) {
    if (len < 10 || len > 12 || d[off] != '0' || d[off + 1] == '0' || !allDigits(d, off, len)) {
      return false;
    }
    int area = d[off + 1] == '1' || d[off + 1] == '2' ? 3 : 4;
    return len - area >= 7 && len - area <= 8;
  }

  /** An area code written as its own group: 0 then 2–3 digits, not 00. */
  static boolean isAreaCode(char[] d, int off, int len) {
    return (len == 3 || len == 4) && d[off] == '0' && d[off + 1] != '0' && allDigits(d, off, len);
  }

  static boolean allDigits(char[] d, int off, int len) {
    for (int k = off; k < off + len; k++) {
      if (!isDigit(d[k])) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char ch) {
    return ch >= '0' && ch <= '9';
  }

  private static int twoDigits(char[] d, int at) {
    return (d[at] - '0') * 10 + (d[at + 1] - '0');
  }

  private static boolean isDate(int century, int yearOfCentury, char[] d, int monthAt) {
    int month = twoDigits(d, monthAt);
    int day = twoDigits(d, monthAt + 2);
    if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]) {
      return false;
    }
    int year = century * 100 + yearOfCentury;
    boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month != 2 || day <= 28 || leap;
  }
}
