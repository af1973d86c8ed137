package io.kefu.core.pii;

/**
 * Finds e-mail addresses, local@domain.tld, also with a full-width '＠' or letters, and glued to
 * Chinese text on either side ("邮箱abc@qq.com谢谢"). The top-level domain must be at least two
 * letters; digits after it ("@qq.com123") are not part of the address.
 */
final class EmailFinder {

  private static final int MIN_TLD = 2;
  private static final int MAX_TLD = 24;

  private EmailFinder() {}

  static void maskAll(TextView v) {
    for (int at = 0; at < v.length; at++) {
      if (v.c[at] == '@' && v.free(at)) {
        int start = localPartStart(v, at);
        int end = start < at ? domainEnd(v, at) : -1;
        if (end > 0) {
          v.mask(start, end, PiiType.EMAIL);
          at = end - 1;
        }
      }
    }
  }

  private static int localPartStart(TextView v, int at) {
    int s = at;
    while (s > 0 && v.free(s - 1) && isLocalChar(v.c[s - 1])) {
      s--;
    }
    while (s < at && (v.c[s] == '.' || v.c[s] == '-')) {
      s++;
    }
    return s;
  }

  /**
   * Returns the end of the domain after '@', or -1. The domain ends after the last label of two or
   * more letters that closes a run of labels: "qq.com" in "qq.com谢谢", "qq.com123" and "qq.com.".
   */
  private static int domainEnd(TextView v, int at) {
    int end = -1;
    int labelStart = at + 1;
    for (int p = at + 1; p <= v.length; p++) {
      boolean domainChar = p < v.length && v.free(p) && isDomainChar(v.c[p]);
      if (domainChar && v.c[p] != '.') {
        continue;
      }
      if (p == labelStart) {
        break;
      }
      if (labelStart > at + 1) {
        int letters = labelStart;
        while (letters < p && v.isLetter(letters)) {
          letters++;
        }
        int tld = letters - labelStart;
        end = tld >= MIN_TLD && tld <= MAX_TLD ? letters : end;
      }
      if (!domainChar) {
        break;
      }
      labelStart = p + 1;
    }
    return end;
  }

  private static boolean isLocalChar(char ch) {
    return isAlnum(ch) || ch == '.' || ch == '_' || ch == '-' || ch == '+' || ch == '%';
  }

  private static boolean isDomainChar(char ch) {
    return isAlnum(ch) || ch == '.' || ch == '-';
  }

  private static boolean isAlnum(char ch) {
    return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z');
  }
}
