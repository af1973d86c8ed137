package io.kefu.core.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The calendar of every daily metric (CONTRACT §3): an instant belongs to its Asia/Shanghai date,
 * whatever offset the event was written with, so a session starting at 23:50 +08:00 (or at 16:30Z,
 * which is 00:30 +08:00 the next day) counts on that Shanghai day.
 */
public final class MetricDays {

  /** The zone of metric days. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private MetricDays() {}

  /** The Asia/Shanghai date of a time written with any offset. */
  public static LocalDate dayOf(OffsetDateTime time) {
    return dayOf(time.toInstant());
  }

  /** The Asia/Shanghai date of an instant. */
  public static LocalDate dayOf(Instant instant) {
    return LocalDate.ofInstant(instant, ZONE);
  }
}
