package io.kefu.samples.schedule;

import io.kefu.core.event.EventTimestamps;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * When customers contact the shop, Asia/Shanghai time: an hourly curve (quiet 02:00–06:00, busy
 * 10:00–22:00 with an evening peak) times a day factor (weekends and shopping festivals such as
 * 11.11 and 6.18 are busier). Arrivals are uniform within an hour slot. Immutable.
 */
public final class ArrivalCurve {

  private static final double[] HOURLY = {
    3.0, 1.8, 1.0, 0.6, 0.5, 0.6, 1.2, 2.5, 4.5, 6.5, 8.0, 8.2, 7.0, 7.5, 8.0, 8.0, 7.8, 7.2, 7.0,
    8.0, 9.0, 9.5, 8.0, 5.0
  };
  private static final double MEAN_HOURLY = Arrays.stream(HOURLY).average().orElseThrow();

  private final Instant from;
  private final double[] cumulative;

  public ArrivalCurve(LocalDate start, int days) {
    this.from = start.atStartOfDay(EventTimestamps.BUSINESS_ZONE).toInstant();
    this.cumulative = new double[days * 24];
    double sum = 0;
    for (int d = 0; d < days; d++) {
      double dayWeight = dayWeight(start.plusDays(d));
      for (int h = 0; h < 24; h++) {
        sum += dayWeight * HOURLY[h];
        cumulative[d * 24 + h] = sum;
      }
    }
  }

  /** A start time drawn from the curve. */
  public Instant sample(SplittableRandom r) {
    double u = r.nextDouble() * total();
    int slot = Arrays.binarySearch(cumulative, u);
    slot = slot >= 0 ? slot + 1 : -slot - 1;
    slot = Math.min(slot, cumulative.length - 1);
    return from.plusSeconds(slot * 3600L + r.nextInt(3600));
  }

  /** The share of all arrivals that fall in {@code [t, t + 1 h)}. */
  public double hourShare(Instant t) {
    long offset = t.getEpochSecond() - from.getEpochSecond();
    return (massBefore(offset + 3600) - massBefore(offset)) / total();
  }

  /** How busy the hour is relative to an average hour (1 = average); drives agent delays. */
  public static double load(int hourOfDay) {
    return HOURLY[hourOfDay] / MEAN_HOURLY;
  }

  private double massBefore(long secondsFromStart) {
    if (secondsFromStart <= 0) {
      return 0;
    }
    int slot = (int) Math.min(secondsFromStart / 3600, cumulative.length);
    if (slot >= cumulative.length) {
      return total();
    }
    double before = slot == 0 ? 0 : cumulative[slot - 1];
    double inSlot = cumulative[slot] - before;
    return before + inSlot * (secondsFromStart % 3600) / 3600.0;
  }

  private double total() {
    return cumulative[cumulative.length - 1];
  }

  static double dayWeight(LocalDate day) {
    double week =
        day.getDayOfWeek() == DayOfWeek.SATURDAY
            ? 1.15
            : day.getDayOfWeek() == DayOfWeek.SUNDAY ? 1.1 : 1.0;
    int md = day.getMonthValue() * 100 + day.getDayOfMonth();
    double festival =
        switch (md) {
          case 1111 -> 1.8;
          case 1112, 618 -> 1.5;
          case 1110, 1212, 619 -> 1.3;
          default -> 1.0;
        };
    return week * festival;
  }
}
