package io.kefu.qa.rules;

/** Reads a money amount (50元, 50块, 五十元, 两百块, 50的红包) written near a span of text. */
final class Amounts {

  private static final String DIGITS = "零一二三四五六七八九";

  private Amounts() {}

  /**
   * The amount written after a span (补偿您 50 元), else the last one written just before it (50 元补偿,
   * 50 的红包当补偿); null when there is none.
   */
  static Long yuanNear(String text, int start, int end, int window) {
    Long after = yuanAfter(text, end, window);
    if (after != null) {
      return after;
    }
    Long before = null;
    for (int i = Math.max(0, start - window); i < start; i++) {
      int numberEnd = numberEnd(text, i);
      if (numberEnd > i && numberEnd <= start && isUnit(text, numberEnd)) {
        before = value(text.substring(i, numberEnd));
      }
      if (numberEnd > i) {
        i = numberEnd - 1;
      }
    }
    return before;
  }

  /**
   * The first amount in yuan that starts within {@code window} characters after {@code from} and is
   * followed by 元, 块 or rmb; null when there is none.
   */
  static Long yuanAfter(String text, int from, int window) {
    int limit = Math.min(text.length(), from + window);
    for (int i = from; i < limit; i++) {
      int end = numberEnd(text, i);
      if (end > i && end < text.length() && isUnit(text, end)) {
        return value(text.substring(i, end));
      }
      if (end > i) {
        i = end - 1;
      }
    }
    return null;
  }

  private static int numberEnd(String text, int i) {
    int j = i;
    while (j < text.length() && isNumberChar(text.charAt(j))) {
      j++;
    }
    return j;
  }

  private static boolean isNumberChar(char c) {
    return (c >= '0' && c <= '9') || c == '.' || DIGITS.indexOf(c) >= 0 || "两十百千万".indexOf(c) >= 0;
  }

  private static boolean isUnit(String text, int at) {
    if (at >= text.length()) {
      return false;
    }
    char c = text.charAt(at);
    return c == '元' || c == '块' || text.startsWith("rmb", at) || text.startsWith("的红包", at);
  }

  private static Long value(String number) {
    if (Character.isDigit(number.charAt(0))) {
      try {
        return (long) Math.ceil(Double.parseDouble(number));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return chinese(number);
  }

  // 五十, 两百, 一千五百, 三万: enough for amounts agents write in words.
  private static Long chinese(String number) {
    long total = 0;
    long section = 0;
    long digit = 0;
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      int d = c == '两' ? 2 : DIGITS.indexOf(c);
      if (d >= 0) {
        digit = d;
      } else if (c == '十' || c == '百' || c == '千') {
        long unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
        section += (digit == 0 ? 1 : digit) * unit;
        digit = 0;
      } else if (c == '万') {
        total += (section + digit) * 10_000;
        section = 0;
        digit = 0;
      } else {
        return null;
      }
    }
    return total + section + digit;
  }
}
