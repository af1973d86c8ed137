package io.kefu.samples;

import io.kefu.core.event.EventTimestamps;
import io.kefu.core.taxonomy.Intent;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * A burst of one intent: for one hour from {@code start}, sessions of {@code intent} arrive {@code
 * factor} times as fast as the daily curve says. The extra sessions come on top of {@code
 * --sessions} and start uniformly over that hour, so every 10-minute window of it (the hot-topic
 * windows of CONTRACT §3) holds about {@code factor} times the intent's usual count.
 *
 * @param factor at least 1
 */
public record Spike(Intent intent, Instant start, double factor) {

  /** The syntax {@link #parse} accepts, for error messages. */
  public static final String SYNTAX =
      "INTENT@ISO_TIME×FACTOR, e.g. logistics_query@2026-11-03T20:00×5";

  public Spike {
    if (!(factor >= 1) || Double.isInfinite(factor)) {
      throw new IllegalArgumentException("spike factor must be at least 1, not " + factor);
    }
  }

  /**
   * Parses {@code INTENT@TIME×FACTOR} ({@code x} or {@code X} for {@code ×}); INTENT is an intent
   * id or its Chinese name, TIME an ISO date-time with or without offset (without: Asia/Shanghai).
   *
   * @throws IllegalArgumentException naming the accepted form
   */
  public static Spike parse(String text) {
    int at = text.indexOf('@');
    int times =
        Math.max(text.lastIndexOf('×'), Math.max(text.lastIndexOf('x'), text.lastIndexOf('X')));
    if (at <= 0 || times <= at + 1 || times == text.length() - 1) {
      throw new IllegalArgumentException("'" + text + "' is not " + SYNTAX);
    }
    Intent intent = Intent.parse(text.substring(0, at));
    Instant start = time(text.substring(at + 1, times).trim(), text);
    double factor;
    try {
      factor = Double.parseDouble(text.substring(times + 1).trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "'" + text + "' has no numeric FACTOR; expected " + SYNTAX);
    }
    return new Spike(intent, start, factor);
  }

  private static Instant time(String iso, String whole) {
    try {
      return isoTime(iso);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "'" + whole + "' has no ISO date-time such as 2026-11-03T20:00; expected " + SYNTAX);
    }
  }

  /** An ISO date-time with or without offset (without: Asia/Shanghai). */
  static Instant isoTime(String iso) {
    try {
      return OffsetDateTime.parse(iso).toInstant();
    } catch (DateTimeParseException withoutOffset) {
      return LocalDateTime.parse(iso).atZone(EventTimestamps.BUSINESS_ZONE).toInstant();
    }
  }

  /** An instant as Asia/Shanghai ISO time, {@code 2026-11-03T20:00:00+08:00}. */
  static String shanghai(Instant t) {
    return EventTimestamps.format(t.atZone(EventTimestamps.BUSINESS_ZONE).toOffsetDateTime());
  }

  /** The canonical text form, Asia/Shanghai time: {@code intent@2026-11-03T20:00+08:00×5}. */
  @Override
  public String toString() {
    String f = factor == Math.rint(factor) ? Long.toString((long) factor) : Double.toString(factor);
    return intent.id() + "@" + shanghai(start) + "×" + f.toLowerCase(Locale.ROOT);
  }
}
