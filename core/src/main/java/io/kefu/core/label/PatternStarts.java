package io.kefu.core.label;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The characters a match of a regular expression can begin with, read from its source, so a text
 * containing none of them can skip the expression: with a hundred and more taxonomy patterns,
 * running every one over every message cost twenty times the keywords. Conservative: when the start
 * is not a literal, a group of literals, {@code \d} or {@code \\uXXXX} (a class, a dot, a flag, an
 * anchor), the answer is "unknown" and the pattern always runs. Zero-width lookarounds at the start
 * are stepped over; an optional first element adds the starts of what follows.
 */
final class PatternStarts {

  private PatternStarts() {}

  /** The possible first characters, or null when they cannot be told from the source. */
  static Set<Character> of(String regex) {
    Set<Character> out = new TreeSet<>();
    for (String branch : splitTopLevel(regex)) {
      Set<Character> starts = ofSequence(branch, 0);
      if (starts == null) {
        return null;
      }
      out.addAll(starts);
    }
    return out;
  }

  private static Set<Character> ofSequence(String s, int from) {
    int i = from;
    while (startsLookaround(s, i)) {
      i = closing(s, i) + 1;
    }
    if (i >= s.length()) {
      return null; // may match the empty string
    }
    Set<Character> first;
    int next;
    char c = s.charAt(i);
    if (c == '(') {
      int end = closing(s, i);
      if (end < 0) {
        return null;
      }
      String inner = s.substring(i + 1, end);
      if (inner.startsWith("?:")) {
        inner = inner.substring(2);
      } else if (inner.startsWith("?")) {
        return null; // flags, named or atomic groups
      }
      first = of(inner);
      next = end + 1;
    } else if (c == '\\') {
      if (s.startsWith("\\d", i)) {
        first = new TreeSet<>();
        for (char d = '0'; d <= '9'; d++) {
          first.add(d);
        }
        next = i + 2;
      } else if (s.startsWith("\\u", i) && i + 6 <= s.length()) {
        first = new TreeSet<>(List.of((char) Integer.parseInt(s.substring(i + 2, i + 6), 16)));
        next = i + 6;
      } else {
        return null;
      }
    } else if ("[.^$|)?*+{".indexOf(c) >= 0) {
      return null;
    } else {
      first = new TreeSet<>(List.of(c));
      next = i + 1;
    }
    if (first == null) {
      return null;
    }
    if (next < s.length() && isOptionalQuantifier(s, next)) {
      Set<Character> rest = ofSequence(s, skipQuantifier(s, next));
      if (rest == null) {
        return null;
      }
      first.addAll(rest);
    }
    return first;
  }

  private static boolean startsLookaround(String s, int i) {
    return s.startsWith("(?<!", i)
        || s.startsWith("(?<=", i)
        || s.startsWith("(?!", i)
        || s.startsWith("(?=", i);
  }

  private static boolean isOptionalQuantifier(String s, int i) {
    char q = s.charAt(i);
    return q == '?' || q == '*' || s.startsWith("{0", i);
  }

  private static int skipQuantifier(String s, int i) {
    int j = s.charAt(i) == '{' ? s.indexOf('}', i) + 1 : i + 1;
    // a lazy or possessive suffix
    return j < s.length() && (s.charAt(j) == '?' || s.charAt(j) == '+') ? j + 1 : j;
  }

  /** The index of the parenthesis closing the one at {@code open}, or -1. */
  private static int closing(String s, int open) {
    int depth = 0;
    boolean inClass = false;
    for (int i = open; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** The branches of a top-level alternation (outside groups and classes). */
  private static List<String> splitTopLevel(String s) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '(' || c == '[') {
        int end = c == '(' ? closing(s, i) : s.indexOf(']', i + 1);
        if (end < 0) {
          break;
        }
        i = end;
      } else if (c == '|') {
        out.add(s.substring(start, i));
        start = i + 1;
      }
    }
    out.add(s.substring(start));
    return out;
  }
}
