package io.kefu.core.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
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
    String s = text.trim();
    if (s.length() > DATE_LENGTH && s.charAt(DATE_LENGTH) == ' ') {
      s = s.substring(0, DATE_LENGTH) + 'T' + s.substring(DATE_LENGTH + 1);
    }
    return OffsetDateTime.parse(s, ISO_WITH_OFFSET);
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
