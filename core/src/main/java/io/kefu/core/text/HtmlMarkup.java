package io.kefu.core.text;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Recognises HTML tags and character references inside chat text, without a parser. */
final class HtmlMarkup {

  /** Returned by {@link #entityAt} when no reference starts at the position. */
  static final long NO_ENTITY = -1L;

  // A tag longer than this is more likely a stray '<' in prose than markup.
  private static final int MAX_TAG_LENGTH = 2048;
  private static final int MAX_ENTITY_LENGTH = 10;

  private static final Set<String> INLINE_TAGS =
      Set.of(
          "a", "abbr", "b", "big", "code", "em", "font", "i", "label", "mark", "s", "small", "span",
          "strong", "sub", "sup", "u");

  private static final Map<String, Integer> NAMED_ENTITIES =
      Map.ofEntries(
          Map.entry("nbsp", 0xA0),
          Map.entry("amp", (int) '&'),
          Map.entry("lt", (int) '<'),
          Map.entry("gt", (int) '>'),
          Map.entry("quot", (int) '"'),
          Map.entry("apos", (int) '\''),
          Map.entry("ensp", 0x2002),
          Map.entry("emsp", 0x2003),
          Map.entry("thinsp", 0x2009),
          Map.entry("yen", 0xA5),
          Map.entry("middot", 0xB7),
          Map.entry("hellip", 0x2026),
          Map.entry("mdash", 0x2014),
          Map.entry("ndash", 0x2013),
          Map.entry("ldquo", 0x201C),
          Map.entry("rdquo", 0x201D),
          Map.entry("lsquo", 0x2018),
          Map.entry("rsquo", 0x2019),
          Map.entry("times", 0xD7));

  private HtmlMarkup() {}

  /**
   * The index just after the tag or comment that starts at {@code at} (where {@code s} has a '<'),
   * or -1 when the '<' is ordinary text such as "价格<100元".
   */
  static int tagEnd(String s, int at) {
    int n = s.length();
    if (at + 1 >= n) {
      return -1;
    }
    char next = s.charAt(at + 1);
    if (next == '!' && s.startsWith("<!--", at)) {
      int close = s.indexOf("-->", at + 4);
      return close < 0 ? -1 : close + 3;
    }
    boolean opens = isAsciiLetter(next) || next == '!';
    boolean closes = next == '/' && at + 2 < n && isAsciiLetter(s.charAt(at + 2));
    if (!opens && !closes) {
      return -1;
    }
    char quote = 0;
    int limit = Math.min(n, at + MAX_TAG_LENGTH);
    for (int i = at + 1; i < limit; i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return i + 1;
      } else if (c == '<') {
        return -1;
      }
    }
    return -1;
  }

  /** Whether the tag at {@code at} separates words (a block or line break), unlike {@code <b>}. */
  static boolean separatesText(String s, int at) {
    if (s.startsWith("<!--", at)) {
      return false;
    }
    int i = at + 1;
    if (i < s.length() && (s.charAt(i) == '/' || s.charAt(i) == '!')) {
      i++;
    }
    int start = i;
    while (i < s.length() && i - start < 12 && isAsciiLetterOrDigit(s.charAt(i))) {
      i++;
    }
    String name = s.substring(start, i).toLowerCase(Locale.ROOT);
    return !INLINE_TAGS.contains(name);
  }

  /**
   * Decodes the character reference at {@code at} (where {@code s} has a '&'). Returns the code
   * point in the low 32 bits and the reference's length in the high 32 bits, or {@link #NO_ENTITY}.
   */
  static long entityAt(String s, int at) {
    int semi = s.indexOf(';', at + 1);
    if (semi < 0 || semi - at > MAX_ENTITY_LENGTH || semi == at + 1) {
      return NO_ENTITY;
    }
    int codePoint =
        s.charAt(at + 1) == '#'
            ? numericReference(s, at + 2, semi)
            : NAMED_ENTITIES.getOrDefault(s.substring(at + 1, semi).toLowerCase(Locale.ROOT), -1);
    if (codePoint < 0) {
      return NO_ENTITY;
    }
    return ((long) (semi + 1 - at) << 32) | codePoint;
  }

  private static int numericReference(String s, int from, int to) {
    boolean hex = from < to && (s.charAt(from) == 'x' || s.charAt(from) == 'X');
    int i = hex ? from + 1 : from;
    if (i >= to) {
      return -1;
    }
    int value = 0;
    for (; i < to; i++) {
      int digit = Character.digit(s.charAt(i), hex ? 16 : 10);
      if (digit < 0 || value > 0x10FFFF) {
        return -1;
      }
      value = value * (hex ? 16 : 10) + digit;
    }
    boolean valid = value > 0 && value <= 0x10FFFF && (value < 0xD800 || value > 0xDFFF);
    return valid ? value : -1;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9');
  }
}
