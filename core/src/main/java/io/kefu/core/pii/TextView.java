package io.kefu.core.pii;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A text seen through a char-for-char normalisation, so every position maps to the same position in
 * the original: full-width digits, letters, '@', '+', '.', '-' and brackets become ASCII, letters
 * lower-case, dashes '-', the ideographic and no-break spaces and {@code &nbsp;} spaces. Finders
 * read the normalised chars and record spans of the original; a position inside a span is taken and
 * no later finder may use it. One instance per text; not thread-safe.
 */
final class TextView {

  private static final String NBSP_ENTITY = "&nbsp;";
  // Index modulo 10 is the digit: 零一二三四五六七八九 then 〇幺 as 0 and 1.
  private static final String CHINESE_DIGITS = "零一二三四五六七八九〇幺";
  private static final int MIN_SPELLED_DIGITS = 7;

  final String original;
  final char[] c;
  final int length;
  private final boolean[] taken;
  private final List<Span> spans = new ArrayList<>(4);

  private TextView(String original) {
    this.original = original;
    this.length = original.length();
    this.c = new char[length];
    this.taken = new boolean[length];
    for (int i = 0; i < length; i++) {
      c[i] = normalise(original.charAt(i));
    }
    for (int at = original.indexOf('&'); at >= 0; at = original.indexOf('&', at + 1)) {
      if (original.regionMatches(true, at, NBSP_ENTITY, 0, NBSP_ENTITY.length())) {
        Arrays.fill(c, at, at + NBSP_ENTITY.length(), ' ');
      }
    }
    readChineseNumerals();
  }

  /** The value of a Chinese numeral used to spell digits (幺 is "one" when reading numbers). */
  static int chineseDigit(char ch) {
    return CHINESE_DIGITS.indexOf(ch) % 10;
  }

  // 一三八一二三四五六七八: seven or more numerals in a row (spaces or dashes between) are digits.
  private void readChineseNumerals() {
    int i = 0;
    while (i < length) {
      if (chineseDigit(c[i]) < 0) {
        i++;
        continue;
      }
      int numerals = 0;
      int end = i;
      while (end < length && chineseDigit(c[end]) >= 0) {
        numerals++;
        end++;
        boolean gap = end + 1 < length && (c[end] == ' ' || c[end] == '-');
        end += gap && chineseDigit(c[end + 1]) >= 0 ? 1 : 0;
      }
      if (numerals >= MIN_SPELLED_DIGITS) {
        for (int k = i; k < end; k++) {
          int digit = chineseDigit(c[k]);
          c[k] = digit >= 0 ? (char) ('0' + digit) : c[k];
        }
      }
      i = end;
    }
  }

  /** A view of the text with placeholders already in it reserved, so nothing masks inside one. */
  static TextView of(String text) {
    TextView view = new TextView(text);
    if (text.indexOf('[') >= 0) {
      view.reservePlaceholders();
    }
    return view;
  }

  static char normalise(char ch) {
    if (ch >= 0xFF01 && ch <= 0xFF5E) {
      ch = (char) (ch - 0xFEE0);
    }
    if (ch >= 'A' && ch <= 'Z') {
      return (char) (ch + ('a' - 'A'));
    }
    return switch (ch) {
      case 0x3000, 0xA0, 0x2002, 0x2003, 0x2009, 0x202F, '\t', '\n', '\r' -> ' ';
      case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE63 -> '-';
      default -> ch;
    };
  }

  boolean isDigit(int i) {
    return c[i] >= '0' && c[i] <= '9';
  }

  boolean isLetter(int i) {
    return c[i] >= 'a' && c[i] <= 'z';
  }

  boolean free(int i) {
    return !taken[i];
  }

  /** A letter or digit not masked yet: part of a letter-and-digit token (a code, an id). */
  boolean isFreeTokenChar(int i) {
    return free(i) && (isDigit(i) || isLetter(i));
  }

  boolean freeRange(int start, int end) {
    for (int i = start; i < end; i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }

  /** Records a masked span and takes its positions. */
  void mask(int start, int end, PiiType type) {
    spans.add(new Span(start, end, type));
    Arrays.fill(taken, start, end, true);
  }

  /** Whether one of the (normalised, lower-case) words ends within {@code window} chars before. */
  boolean precededBy(int position, int window, String[] words) {
    int from = Math.max(0, position - window);
    for (String word : words) {
      int last = position - word.length();
      for (int at = from; at <= last; at++) {
        if (regionEquals(at, word)) {
          return true;
        }
      }
    }
    return false;
  }

  boolean regionEquals(int at, String word) {
    if (at < 0 || at + word.length() > length) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (c[at + k] != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** The original text with every span replaced by its placeholder, and the counts. */
  MaskResult render() {
    if (spans.isEmpty()) {
      return MaskResult.unchanged(original);
    }
    spans.sort(Comparator.comparingInt(Span::start));
    StringBuilder out = new StringBuilder(length);
    Map<PiiType, Integer> counts = new EnumMap<>(PiiType.class);
    int copied = 0;
    for (Span span : spans) {
      out.append(original, copied, span.start()).append(span.type().placeholder());
      copied = span.end();
      counts.merge(span.type(), 1, Integer::sum);
    }
    return new MaskResult(out.append(original, copied, length).toString(), counts);
  }

  private void reservePlaceholders() {
    for (int at = original.indexOf('['); at >= 0; at = original.indexOf('[', at + 1)) {
      for (PiiType type : PiiType.values()) {
        if (original.startsWith(type.placeholder(), at)) {
          Arrays.fill(taken, at, at + type.placeholder().length(), true);
        }
      }
    }
  }

  /** A masked range of the original text, {@code [start, end)}. */
  record Span(int start, int end, PiiType type) {}
}
