package io.kefu.core.pii;

import java.util.Arrays;

/**
 * Finds phone, ID-card, bank-card and order numbers in the digit runs of a text.
 *
 * <p>Within a run, from each group, the numbers that the following groups could spell are tried; a
 * group that is a number on its own wins, else the highest-ranked reading (ID card, then bank card
 * or order number, then mobile, then landline), the longest on a tie. Groups left over that still
 * hold 12 or more digits (8 with letters glued on, as in JD123456789012) are masked as order
 * numbers, with the whole letter-and-digit token they stand in: a long number is safer masked than
 * leaked.
 */
final class NumberMatcher {

  private static final String[] ORDER_WORDS = {"订单", "单号", "运单", "order", "no.", "no:", "编号"};
  private static final String[] CARD_WORDS = {"卡号", "银行卡", "储蓄卡", "信用卡", "借记卡", "card"};
  private static final String[] EXTENSION_WORDS = {"分机号", "分机", "转", "ext.", "ext"};
  private static final int CONTEXT_WINDOW = 8;
  private static final int GLUED_ID_DIGITS = 8;
  private static final int MAX_EXTENSION_DIGITS = 6;

  private NumberMatcher() {}

  /** Masks every number found in the free parts of the view. */
  static void maskAll(TextView view) {
    NumberRun run = new NumberRun(view);
    int p = 0;
    while (p < view.length) {
      if (view.isDigit(p) && view.free(p)) {
        p = run.read(p);
        maskRun(run);
      } else {
        p++;
      }
    }
  }

  /**
   * Whether the view holds, in any written form, an 11-digit mobile number, an 18-character number
   * with a valid ID-card checksum or a Luhn-valid 16–19 digit card number.
   */
  static boolean containsSensitive(TextView view) {
    NumberRun run = new NumberRun(view);
    int p = 0;
    while (p < view.length) {
      if (!view.isDigit(p) || !view.free(p)) {
        p++;
        continue;
      }
      p = run.read(p);
      for (int i = 0; i < run.count; i++) {
        for (int j = i;
            j < run.count && run.digitCount(i, j) <= NumberReading.MAX_NUMBER_DIGITS;
            j++) {
          if (NumberReading.isSensitive(run, i, j)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static void maskRun(NumberRun r) {
    boolean[] matched = new boolean[r.count];
    int i = 0;
    while (i < r.count) {
      int last = maskNumberAt(r, i);
      if (last < 0) {
        last = maskLongNumberAt(r, i);
      }
      if (last < 0) {
        i++;
        continue;
      }
      Arrays.fill(matched, i, last + 1, true);
      i = last + 1;
    }
    maskLeftovers(r, matched);
  }

  /** Masks the best number that starts at group {@code i}; returns its last group or -1. */
  private static int maskNumberAt(NumberRun r, int i) {
    boolean order = false;
    boolean card = false;
    if (r.digitCount(i, r.count - 1) >= NumberReading.LONG_NUMBER_DIGITS) {
      order = r.view.precededBy(r.start[i], CONTEXT_WINDOW, ORDER_WORDS);
      card = r.view.precededBy(r.start[i], CONTEXT_WINDOW, CARD_WORDS);
    }
    NumberReading best = NumberReading.read(r, i, i, order, card);
    if (best == null) {
      best = bestOfSeveralGroups(r, i, order, card);
    }
    return best == null ? -1 : mask(r, i, best);
  }

  private static NumberReading bestOfSeveralGroups(
      NumberRun r, int i, boolean order, boolean card) {
    NumberReading best = null;
    for (int j = i + 1; j < r.count && r.digitCount(i, j) <= NumberReading.MAX_NUMBER_DIGITS; j++) {
      NumberReading reading = NumberReading.read(r, i, j, order, card);
      if (reading != null && (best == null || reading.rank() <= best.rank())) {
        best = reading;
      }
    }
    return best;
  }

  /**
   * Masks groups from {@code i} written alike (6222-0212-3456-7890) as one long number when they
   * hold 12 or more digits and none of them is a number on its own, as 13812345678 in "3
   * 13812345678" is. Returns the last group masked, or -1.
   */
  private static int maskLongNumberAt(NumberRun r, int i) {
    int h = i;
    while (h + 1 < r.count && !r.hasX(h) && (h == i || r.separator[h + 1] == r.separator[i + 1])) {
      h++;
    }
    int digits = r.pureDigitCount(i, h);
    if (h == i || digits < NumberReading.LONG_NUMBER_DIGITS) {
      return -1;
    }
    for (int k = i + 1; k <= h; k++) {
      if (NumberReading.read(r, k, k, false, false) != null) {
        return -1;
      }
    }
    boolean card =
        digits >= NumberReading.MIN_CARD_DIGITS
            && digits <= NumberReading.MAX_CARD_DIGITS
            && r.view.precededBy(r.start[i], CONTEXT_WINDOW, CARD_WORDS);
    maskSpan(r, i, h, card ? PiiType.BANK_CARD : PiiType.ORDER_NO);
    return h;
  }

  private static int mask(NumberRun r, int i, NumberReading reading) {
    int last = reading.last();
    if (reading.type() == PiiType.ORDER_NO) {
      maskSpan(r, i, last, PiiType.ORDER_NO);
      return last;
    }
    int start = reading.type() == PiiType.PHONE ? openingMarks(r, i, last) : r.start[i];
    int end = reading.type() == PiiType.ID_CARD ? r.endWithX[last] : r.end[last];
    if (reading.landline()) {
      boolean groupExtension =
          last + 1 < r.count
              && r.separator[last + 1] == '-'
              && !r.hasX(last + 1)
              && r.digitCount(last + 1, last + 1) <= MAX_EXTENSION_DIGITS;
      if (groupExtension) {
        last++;
        end = r.end[last];
      } else {
        end = extensionEnd(r.view, end);
      }
    }
    r.view.mask(start, end, reading.type());
    return last;
  }

  // Includes the '+' of +86 and the '(' of (010) or (+86) in the masked span.
  private static int openingMarks(NumberRun r, int i, int last) {
    TextView v = r.view;
    int s = r.start[i];
    if (s > 0 && v.c[s - 1] == '+' && v.free(s - 1)) {
      s--;
    }
    boolean closed = last > i && r.separator[i + 1] == '(';
    if (closed && s > 0 && v.c[s - 1] == '(' && v.free(s - 1)) {
      s--;
    }
    return s;
  }

  // A written extension after a landline: 转123, ext. 123, 分机 8001.
  private static int extensionEnd(TextView v, int end) {
    int p = end;
    while (p < v.length && p - end < 2 && v.c[p] == ' ') {
      p++;
    }
    for (String word : EXTENSION_WORDS) {
      if (v.regionEquals(p, word) && v.freeRange(p, p + word.length())) {
        int q = p + word.length();
        while (q < v.length && q - p < word.length() + 2 && (v.c[q] == ' ' || v.c[q] == ':')) {
          q++;
        }
        int digits = q;
        while (digits < v.length && v.isDigit(digits) && v.free(digits)) {
          digits++;
        }
        int count = digits - q;
        return count >= 1 && count <= MAX_EXTENSION_DIGITS ? digits : end;
      }
    }
    return end;
  }

  private static void maskLeftovers(NumberRun r, boolean[] matched) {
    int g = 0;
    while (g < r.count) {
      if (matched[g]) {
        g++;
        continue;
      }
      int h = g;
      while (h + 1 < r.count
          && !matched[h + 1]
          && (h == g || r.separator[h + 1] == r.separator[g + 1])) {
        h++;
      }
      boolean glued = (g == 0 && r.lettersBefore > 0) || (h == r.count - 1 && r.lettersAfter > 0);
      int digits = r.pureDigitCount(g, h);
      if (digits >= NumberReading.LONG_NUMBER_DIGITS || (glued && digits >= GLUED_ID_DIGITS)) {
        maskSpan(r, g, h, PiiType.ORDER_NO);
      }
      g = h + 1;
    }
  }

  // Masks groups first..last whole, with letters glued to the run (JD123456789012) and, past
  // them, the rest of that letter-and-digit token (91330100MA2B3C4D5E6), so no part of one code is
  // left showing. Chinese text and punctuation end a token.
  private static void maskSpan(NumberRun r, int first, int last, PiiType type) {
    TextView v = r.view;
    int start = r.start[first] - (first == 0 ? r.lettersBefore : 0);
    int end = r.endWithX[last] + (last == r.count - 1 ? r.lettersAfter : 0);
    while (start < r.start[first] && start > 0 && v.isFreeTokenChar(start - 1)) {
      start--;
    }
    while (end > r.endWithX[last] && end < v.length && v.isFreeTokenChar(end)) {
      end++;
    }
    v.mask(start, end, type);
  }
}
