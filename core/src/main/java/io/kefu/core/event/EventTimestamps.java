package io.kefu.core.event;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/** Parsing and writing of event times: ISO-8601 with an explicit offset (CONTRACT §2). */
public final class EventTimestamps {

  /** The time zone every calendar-day figure is computed in (CONTRACT §3). */
  public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

  // STRICT resolution: a day or time that does not exist (30 February, 24:00, 23:61) is an error,
  // where the default SMART style would move it to another day. A time without an offset is
  // refused because its instant would depend on the reader's zone.
  private static final DateTimeFormatter ISO_WITH_OFFSET =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .appendLiteral('T')
          .append(DateTimeFormatter.ISO_LOCAL_TIME)
          .appendOffsetId()
          .toFormatter(Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT)
          .withChronology(IsoChronology.INSTANCE);

  private static final int DATE_LENGTH = "yyyy-MM-dd".length();

  private EventTimestamps() {}

  /**
   * Parses an event time: an ISO-8601 date-time with an offset ({@code Z} or {@code ±hh:mm}),
   * seconds and fractions optional, and one space accepted in place of the {@code T}. Surrounding
   * whitespace is ignored.
   *
   * @throws DateTimeParseException when the text is not such a date-time, or names a day or time
   *     that does not exist (30 February, 24:00, 23:61)
   */
  public static OffsetDateTime parse(String text) {
    OffsetDateTime common = parseCommon(text);
    return common != null ? common : parseWithFormatter(text);
  }

  static OffsetDateTime parseWithFormatter(String text) {
    String s = text.trim();
    if (s.length() > DATE_LENGTH && s.charAt(DATE_LENGTH) == ' ') {
      s = s.substring(0, DATE_LENGTH) + 'T' + s.substring(DATE_LENGTH + 1);
    }
    return OffsetDateTime.parse(s, ISO_WITH_OFFSET);
  }

  // The shape nearly every event has, "2026-03-01T09:30:00[.fff](Z|+08:00)", read digit by digit:
  // the formatter costs more than the rest of parsing an event. Anything else, or a value out of
  // range, returns null and goes through the formatter, which gives the error.
  static OffsetDateTime parseCommon(String s) {
    int n = s.length();
    if (n < 20
        || s.charAt(4) != '-'
        || s.charAt(7) != '-'
        || s.charAt(10) != 'T'
        || s.charAt(13) != ':'
        || s.charAt(16) != ':') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    if ((year | month | day | hour | minute | second) < 0
        || hour > 23
        || minute > 59
        || second > 59) {
      return null;
    }
    int i = 19;
    int nanos = 0;
    if (s.charAt(i) == '.') {
      int start = ++i;
      while (i < n && i - start < 9 && isDigit(s.charAt(i))) {
        nanos = nanos * 10 + (s.charAt(i) - '0');
        i++;
      }
      if (i == start || (i < n && isDigit(s.charAt(i)))) {
        return null;
      }
      for (int k = i - start; k < 9; k++) {
        nanos *= 10;
      }
    }
    ZoneOffset offset;
    if (i == n - 1 && s.charAt(i) == 'Z') {
      offset = ZoneOffset.UTC;
    } else if (i == n - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
      int oh = digits(s, i + 1, 2);
      int om = digits(s, i + 4, 2);
      if ((oh | om) < 0 || oh > 18 || om > 59) {
        return null;
      }
      int sign = s.charAt(i) == '-' ? -1 : 1;
      try {
        offset = ZoneOffset.ofHoursMinutes(sign * oh, sign * om);
      } catch (DateTimeException outOfRange) {
        return null;
      }
    } else {
      return null;
    }
    if (month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))) {
      return null;
    }
    return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, offset);
  }

  private static int digits(String s, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * The Asia/Shanghai calendar day of an instant: the day every daily figure is keyed by, whatever
   * offset the time was written with (16:30Z is 00:30 +08:00, the next Shanghai day).
   */
  public static LocalDate businessDay(OffsetDateTime ts) {
    return businessDay(ts.toInstant());
  }

  /** The Asia/Shanghai calendar day of an instant (see {@link #businessDay(OffsetDateTime)}). */
  public static LocalDate businessDay(Instant instant) {
    return LocalDate.ofInstant(instant, BUSINESS_ZONE);
  }

  /** Writes an event time as ISO-8601 with its offset, seconds always shown. */
  public static String format(OffsetDateTime ts) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(ts);
  }
}
