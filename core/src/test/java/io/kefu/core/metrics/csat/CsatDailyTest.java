package io.kefu.core.metrics.csat;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.core.event.Channel;
import io.kefu.core.event.ChatEvent;
import io.kefu.core.event.EndReason;
import io.kefu.core.event.Role;
import io.kefu.core.metrics.SessionFacts;
import io.kefu.core.metrics.fcr.FcrCalculator;
import io.kefu.core.metrics.fcr.FcrDailyRow;
import io.kefu.core.metrics.fcr.RecontactWindow;
import io.kefu.core.session.SessionSummarizer;
import io.kefu.core.taxonomy.Intent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsatDailyTest {

  private int nextEvent;

  private ChatEvent.Header at(OffsetDateTime ts) {
    return new ChatEvent.Header("e" + nextEvent++, "s1", "c1", "a1", Channel.WECHAT, ts);
  }

  /** A session from {@code start} to {@code end}, resolved, with the given ratings after it. */
  private SessionFacts rated(OffsetDateTime start, OffsetDateTime end, int... ratings) {
    List<ChatEvent> events = new ArrayList<>();
    events.add(ChatEvent.sessionStart(at(start)));
    events.add(ChatEvent.message(at(start.plusSeconds(5)), Role.CUSTOMER, "我要退款"));
    events.add(ChatEvent.message(at(start.plusSeconds(30)), Role.AGENT, "您好，马上处理"));
    events.add(ChatEvent.sessionEnd(at(end), EndReason.RESOLVED));
    for (int i = 0; i < ratings.length; i++) {
      events.add(ChatEvent.csat(at(end.plusSeconds(10L * (i + 1))), ratings[i]));
    }
    return SessionFacts.of(SessionSummarizer.summarize(events), Intent.RETURN_REFUND);
  }

  @Test
  void secondRatingIgnored() {
    OffsetDateTime start = OffsetDateTime.parse("2026-11-02T10:00:00+08:00");
    SessionFacts session = rated(start, start.plusMinutes(5), 2, 5);

    CsatDailyRow row = CsatDaily.aggregate(List.of(session)).get(0);

    assertThat(row.rated()).isEqualTo(1);
    assertThat(row.satisfied()).isZero();
    assertThat(row.ratingSum()).isEqualTo(2);
    assertThat(CsatDaily.lateRating(session, 5)).isEmpty();
  }

  @Test
  void lateRatingCountsForSessionStartDay() {
    OffsetDateTime start = OffsetDateTime.parse("2026-11-01T23:50:00+08:00");
    SessionFacts closedUnrated = rated(start, start.plusMinutes(20));

    CsatDailyRow atClose = CsatDaily.ofSession(closedUnrated);
    CsatDailyRow late = CsatDaily.lateRating(closedUnrated, 5).orElseThrow();

    assertThat(late.day()).isEqualTo(LocalDate.parse("2026-11-01"));
    assertThat(late.ended()).isZero();
    assertThat(atClose.plus(late))
        .isEqualTo(CsatDaily.ofSession(closedUnrated.withRating(5)))
        .isEqualTo(CsatDaily.aggregate(List.of(rated(start, start.plusMinutes(20), 5))).get(0));
    assertThat(CsatDaily.lateRating(closedUnrated.withRating(5), 1)).isEmpty();
  }

  /** The same session written with different offsets: the Shanghai day of its start counts. */
  @ParameterizedTest(name = "{0} → {2}")
  @CsvSource({
    "2026-11-01T23:50:00+08:00, 2026-11-02T00:20:00+08:00, 2026-11-01",
    "2026-11-01T15:50:00Z,      2026-11-01T16:20:00Z,      2026-11-01",
    "2026-11-01T16:30:00Z,      2026-11-01T17:00:00Z,      2026-11-02",
    "2026-11-01T23:30:00-05:00, 2026-11-02T00:10:00-05:00, 2026-11-02",
  })
  void sessionCrossingMidnightCountsOnStartDay(
      OffsetDateTime start, OffsetDateTime end, LocalDate day) {
    SessionFacts session = rated(start, end, 4);

    List<CsatDailyRow> csat = CsatDaily.aggregate(List.of(session));
    List<FcrDailyRow> fcr =
        FcrCalculator.dailyRows(List.of(session), RecontactWindow.DEFAULT, Instant.MAX);

    assertThat(csat).singleElement().satisfies(r -> assertThat(r.day()).isEqualTo(day));
    assertThat(fcr).singleElement().satisfies(r -> assertThat(r.day()).isEqualTo(day));
  }

  @Test
  void csatMeanAndResponseRateAreDerivedFromTheCounts() {
    OffsetDateTime start = OffsetDateTime.parse("2026-11-02T10:00:00+08:00");
    List<SessionFacts> sessions =
        List.of(
            rated(start, start.plusMinutes(5), 5),
            rated(start, start.plusMinutes(5), 3),
            rated(start, start.plusMinutes(5), 4),
            rated(start, start.plusMinutes(5)));

    CsatDailyRow row = CsatDaily.aggregate(sessions).get(0);

    assertThat(row.rated()).isEqualTo(3);
    assertThat(row.ended()).isEqualTo(4);
    assertThat(row.csatPercent().getAsDouble()).isCloseTo(66.667, within());
    assertThat(row.meanRating().getAsDouble()).isCloseTo(4.0, within());
    assertThat(row.responseRate().getAsDouble()).isCloseTo(0.75, within());
    assertThat(CsatDailyRow.of(row.key(), 0, 0, 0, 0).csatPercent()).isEmpty();
  }

  @Test
  void aSessionCountedAgainChangesOnlyWhatDiffers() {
    OffsetDateTime start = OffsetDateTime.parse("2026-11-02T10:00:00+08:00");
    SessionFacts ended = rated(start, start.plusMinutes(5), 4);
    SessionFacts notEnded =
        new SessionFacts(
            ended.sessionId(),
            ended.customerId(),
            ended.primaryIntent(),
            ended.channel(),
            ended.agentId(),
            ended.start(),
            ended.end(),
            null,
            4);

    List<CsatDailyRow> change = CsatDaily.change(notEnded, ended);

    assertThat(change)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.ended()).isEqualTo(1);
              assertThat(r.rated()).isZero();
            });
    assertThat(CsatDaily.change(ended, ended)).isEmpty();
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(0.001);
  }
}
