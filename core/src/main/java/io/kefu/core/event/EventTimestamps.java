package io.kefu.core.event;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;

/** Parsing and writing of event times: ISO-8601 with an explicit offset (CONTRACT §2). */
public final class EventTimestamps {

  /** The time zone every calendar-day figure is computed in (CONTRACT §3). */
  public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

  // Accepts 'T' or a space between date and time; a time without an offset is refused because
  // its instant would depend on the reader's zone.
  private static final DateTimeFormatter LENIENT_SEPARATOR =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart()
          .appendLiteral('T')
          .optionalEnd()
          .optionalStart()
          .appendLiteral(' ')
          .optionalEnd()
          .append(DateTimeFormatter.ISO_LOCAL_TIME)
          .appendOffsetId()
          .toFormatter();

  private EventTimestamps() {}

  /**
   * Parses an event time.
   *
   * @throws DateTimeParseException when the text is not a date-time with an offset
   */
  public static OffsetDateTime parse(String text) {
    return OffsetDateTime.parse(text.trim(), LENIENT_SEPARATOR);
  }

  /** The Asia/Shanghai calendar day of an instant: the day every daily figure is keyed by. */
  public static java.time.LocalDate businessDay(OffsetDateTime ts) {
    return ts.atZoneSameInstant(BUSINESS_ZONE).toLocalDate();
  }

  /** Writes an event time as ISO-8601 with its offset, seconds always shown. */
  public static String format(OffsetDateTime ts) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(ts);
  }
}
