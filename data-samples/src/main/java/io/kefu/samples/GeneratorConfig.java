package io.kefu.samples;

import io.kefu.core.event.EventTimestamps;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What to generate. Times are Asia/Shanghai calendar days from {@code start} for {@code days} days.
 *
 * @param sessions base sessions, spread over the days by the daily curve (spikes and emerging
 *     phrases add more)
 * @param corruptRate extra malformed raw lines, as a fraction of valid raw lines (0–1)
 * @param exportShare fraction of sessions written to the CSV export instead of raw JSON (0–1)
 */
public record GeneratorConfig(
    int sessions,
    long seed,
    LocalDate start,
    int days,
    List<Spike> spikes,
    List<EmergingPhrase> emerging,
    double corruptRate,
    double exportShare) {

  public static final LocalDate DEFAULT_START = LocalDate.of(2026, 11, 1);
  public static final int DEFAULT_DAYS = 7;
  public static final double DEFAULT_EXPORT_SHARE = 0.2;
  public static final int MAX_SESSIONS = 20_000_000;
  public static final int MAX_DAYS = 366;

  public GeneratorConfig {
    require(sessions >= 1 && sessions <= MAX_SESSIONS, "sessions must be 1.." + MAX_SESSIONS);
    require(days >= 1 && days <= MAX_DAYS, "days must be 1.." + MAX_DAYS);
    require(corruptRate >= 0 && corruptRate <= 1, "corrupt rate must be between 0 and 1");
    require(exportShare >= 0 && exportShare <= 1, "export share must be between 0 and 1");
    spikes = List.copyOf(spikes);
    emerging = List.copyOf(emerging);
    for (Spike s : spikes) {
      require(
          inRange(start, days, s.start()), "spike " + s + " starts outside " + range(start, days));
    }
    for (EmergingPhrase e : emerging) {
      require(
          inRange(start, days, e.start()),
          "emerging phrase " + e + " starts outside " + range(start, days));
    }
  }

  /** A configuration without emerging phrases. */
  public GeneratorConfig(
      int sessions,
      long seed,
      LocalDate start,
      int days,
      List<Spike> spikes,
      double corruptRate,
      double exportShare) {
    this(sessions, seed, start, days, spikes, List.of(), corruptRate, exportShare);
  }

  /** A configuration with the defaults for everything but size and seed. */
  public static GeneratorConfig of(int sessions, long seed) {
    return new GeneratorConfig(
        sessions, seed, DEFAULT_START, DEFAULT_DAYS, List.of(), 0, DEFAULT_EXPORT_SHARE);
  }

  public GeneratorConfig withSpikes(List<Spike> newSpikes) {
    return new GeneratorConfig(
        sessions, seed, start, days, newSpikes, emerging, corruptRate, exportShare);
  }

  public GeneratorConfig withEmerging(List<EmergingPhrase> newEmerging) {
    return new GeneratorConfig(
        sessions, seed, start, days, spikes, newEmerging, corruptRate, exportShare);
  }

  public GeneratorConfig withCorruptRate(double rate) {
    return new GeneratorConfig(sessions, seed, start, days, spikes, emerging, rate, exportShare);
  }

  public GeneratorConfig withDays(LocalDate newStart, int newDays) {
    return new GeneratorConfig(
        sessions, seed, newStart, newDays, spikes, emerging, corruptRate, exportShare);
  }

  public GeneratorConfig withExportShare(double share) {
    return new GeneratorConfig(sessions, seed, start, days, spikes, emerging, corruptRate, share);
  }

  /** The first instant of the first day, Asia/Shanghai. */
  public Instant from() {
    return windowStart(start);
  }

  /** The first instant after the last day, Asia/Shanghai. */
  public Instant until() {
    return windowStart(start.plusDays(days));
  }

  private static boolean inRange(LocalDate start, int days, Instant t) {
    return !t.isBefore(windowStart(start)) && t.isBefore(windowStart(start.plusDays(days)));
  }

  private static String range(LocalDate start, int days) {
    return start + " + " + days + " days";
  }

  private static Instant windowStart(LocalDate day) {
    return day.atStartOfDay(EventTimestamps.BUSINESS_ZONE).toInstant();
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }
}
