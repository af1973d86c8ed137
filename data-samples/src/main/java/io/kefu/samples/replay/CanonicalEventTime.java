package io.kefu.samples.replay;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Reads by hand the event time of the form the generator and most loggers write ({@code
 * 2026-11-01T10:00:00+08:00}, {@code Z}, an optional fraction of up to nine digits): core's {@code
 * EventTimestamps} formatter costs a few microseconds a line, most of the time a large replay
 * spends reading. Anything else is left to that formatter; what is read here is only text the
 * formatter accepts, read to the same instant.
 */
final class CanonicalEventTime {

  private static final String SHAPE = "dddd-dd-ddTdd:dd:dd";

  private CanonicalEventTime() {}

  /** Microseconds since the epoch, or {@code null} when the text is not of the canonical form. */
  static Long micros(String s) {
    if (!hasShape(s)) {
      return null;
    }
    int n = s.length();
    int i = SHAPE.length();
    int nanos = 0;
    if (s.charAt(i) == '.') {
      int start = ++i;
      while (i < n && i - start < 9 && isDigit(s.charAt(i))) {
        nanos = nanos * 10 + (s.charAt(i++) - '0');
      }
      if (i == start) {
        return null;
      }
      for (int k = i - start; k < 9; k++) {
        nanos *= 10;
      }
    }
    Integer offsetSeconds = offsetSeconds(s, i);
    if (offsetSeconds == null) {
      return null;
    }
    try {
      // Like the strict formatter, LocalDateTime refuses 30 February, 24:00 and 23:60.
      long epochSecond =
          LocalDateTime.of(
                  number(s, 0, 4),
                  number(s, 5, 7),
                  number(s, 8, 10),
                  number(s, 11, 13),
                  number(s, 14, 16),
                  number(s, 17, 19))
              .toEpochSecond(ZoneOffset.ofTotalSeconds(offsetSeconds));
      return epochSecond * 1_000_000L + nanos / 1_000;
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static boolean hasShape(String s) {
    if (s.length() < SHAPE.length() + 1) {
      return false;
    }
    for (int i = 0; i < SHAPE.length(); i++) {
      char expected = SHAPE.charAt(i);
      char c = s.charAt(i);
      if (expected == 'd' ? !isDigit(c) : c != expected) {
        return false;
      }
    }
    return true;
  }

  /** The offset that ends the text at {@code i}: {@code Z} or {@code ±hh:mm}; else null. */
  private static Integer offsetSeconds(String s, int i) {
    int n = s.length();
    if (i == n - 1 && s.charAt(i) == 'Z') {
      return 0;
    }
    if (i != n - 6 || s.charAt(i + 3) != ':') {
      return null;
    }
    char sign = s.charAt(i);
    if ((sign != '+' && sign != '-')
        || !isDigit(s.charAt(i + 1))
        || !isDigit(s.charAt(i + 2))
        || !isDigit(s.charAt(i + 4))
        || !isDigit(s.charAt(i + 5))
        || number(s, i + 4, i + 6) > 59) {
      return null;
    }
    int seconds = number(s, i + 1, i + 3) * 3600 + number(s, i + 4, i + 6) * 60;
    return sign == '+' ? seconds : -seconds;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int number(String s, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (s.charAt(i) - '0');
    }
    return value;
  }
}
