package io.kefu.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kefu.core.taxonomy.Intent;
import io.kefu.samples.schedule.PlannedSessions;
import io.kefu.samples.schedule.SessionPlan;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpikeTest {

  private static long inWindow(PlannedSessions planned, Intent intent, Instant from) {
    return inWindow(planned, intent, from, 3600);
  }

  private static long inWindow(PlannedSessions planned, Intent intent, Instant from, long seconds) {
    return planned.sessions().stream()
        .filter(p -> p.intent() == intent)
        .map(SessionPlan::start)
        .filter(t -> !t.isBefore(from) && t.isBefore(from.plusSeconds(seconds)))
        .count();
  }

  @Test
  void aSpikeMultipliesThatIntentsArrivalsInItsHourAndAddsSessions() {
    GeneratorConfig base =
        new GeneratorConfig(20_000, 5, LocalDate.of(2026, 11, 1), 2, List.of(), 0, 0.2);
    Spike spike = Spike.parse("logistics_query@2026-11-01T20:00×6");

    PlannedSessions without = new ChatLogGenerator(base).plan();
    PlannedSessions with = new ChatLogGenerator(base.withSpikes(List.of(spike))).plan();

    long before = inWindow(without, Intent.LOGISTICS_QUERY, spike.start());
    long after = inWindow(with, Intent.LOGISTICS_QUERY, spike.start());
    assertThat(before).isGreaterThan(50);
    assertThat((double) after / before).isBetween(4.0, 8.0);
    assertThat(with.spikeSessions()).isEqualTo((int) (after - before));
    assertThat(with.sessions()).hasSize(20_000 + with.spikeSessions());
    assertThat(inWindow(with, Intent.RETURN_REFUND, spike.start()))
        .isEqualTo(inWindow(without, Intent.RETURN_REFUND, spike.start()));
  }

  @Test
  void everyTenMinuteWindowOfTheSpikeHourHoldsAboutFactorTimesTheUsualCount() {
    GeneratorConfig base =
        new GeneratorConfig(20_000, 5, LocalDate.of(2026, 11, 1), 2, List.of(), 0, 0.2);
    Spike spike = Spike.parse("logistics_query@2026-11-01T20:00×6");

    PlannedSessions without = new ChatLogGenerator(base).plan();
    PlannedSessions with = new ChatLogGenerator(base.withSpikes(List.of(spike))).plan();

    for (int w = -3; w < 9; w++) {
      Instant from = spike.start().plusSeconds(600L * w);
      long before = inWindow(without, Intent.LOGISTICS_QUERY, from, 600);
      long after = inWindow(with, Intent.LOGISTICS_QUERY, from, 600);
      if (w < 0 || w >= 6) {
        assertThat(after).as("window %d", w).isEqualTo(before);
      } else {
        assertThat(before).as("window %d", w).isGreaterThan(5);
        assertThat((double) after / before).as("window %d", w).isBetween(3.0, 10.0);
      }
    }
  }

  @Test
  void spikesAcceptIdsChineseNamesAndEitherTimesSign() {
    assertThat(Spike.parse("logistics_query@2026-11-03T20:00×5"))
        .isEqualTo(Spike.parse("物流查询@2026-11-03T20:00+08:00x5"))
        .isEqualTo(Spike.parse("LOGISTICS_QUERY@2026-11-03T12:00:00Z X 5"));
    assertThat(Spike.parse("exchange@2026-11-03T20:00x2.5").intent()).isEqualTo(Intent.EXCHANGE);
    assertThat(Spike.parse("换货@2026-11-03T20:00x2.5"))
        .hasToString("exchange@2026-11-03T20:00:00+08:00×2.5");
  }

  @Test
  void malformedSpikesAreRefusedNamingTheExpectedForm() {
    assertThatThrownBy(() -> Spike.parse("logistics_query"))
        .hasMessageContaining("INTENT@ISO_TIME×FACTOR");
    assertThatThrownBy(() -> Spike.parse("nope@2026-11-03T20:00x5"))
        .hasMessageContaining("accepted");
    assertThatThrownBy(() -> Spike.parse("gift@tomorrow×5")).hasMessageContaining("ISO date-time");
    assertThatThrownBy(() -> Spike.parse("gift@2026-11-03T20:00×0.5"))
        .hasMessageContaining("at least 1");
  }
}
