package io.kefu.samples.truth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kefu.samples.truth.TruthMetrics.Csat;
import io.kefu.samples.truth.TruthMetrics.Fcr;
import io.kefu.samples.truth.TruthMetrics.Issue;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The oracle on hand-made truth, each case worked out from CONTRACT §3 by hand. */
class TruthMetricsTest {

  private static final Duration W = Duration.ofHours(72);
  private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);
  private static final LocalDate NOV_2 = LocalDate.of(2026, 11, 2);
  private static final LocalDate NOV_4 = LocalDate.of(2026, 11, 4);
  private static final OffsetDateTime TEN = OffsetDateTime.parse("2026-11-01T10:00:00+08:00");

  private final List<TruthContact> sessions = new ArrayList<>();

  private TruthContact add(
      String id,
      String customer,
      String intent,
      OffsetDateTime start,
      Duration length,
      String end) {
    TruthContact s =
        new TruthContact(
            id, customer, intent, "app", "a-0001", start, start.plus(length), end, List.of());
    sessions.add(s);
    return s;
  }

  private TruthContact add(String id, String customer, OffsetDateTime start, String end) {
    return add(id, customer, "logistics_query", start, Duration.ofMinutes(10), end);
  }

  private TruthMetrics metrics() {
    return TruthMetrics.of(sessions, W);
  }

  private static List<String> issueIds(TruthMetrics m) {
    return m.issues().stream().map(Issue::sessionId).toList();
  }

  private static boolean fcr(TruthMetrics m, String issueId) {
    return m.issues().stream()
        .filter(i -> i.sessionId().equals(issueId))
        .findFirst()
        .orElseThrow()
        .resolvedFirstContact();
  }

  @Test
  void aReturnAfter71HoursIsARepeatAfter72Or73HoursANewIssue() {
    add("a1", "c-1", TEN, "resolved");
    add("a2", "c-1", TEN.plusHours(71), "resolved");
    add("b1", "c-2", TEN, "resolved");
    add("b2", "c-2", TEN.plusHours(72), "resolved");
    add("c1", "c-3", TEN, "resolved");
    add("c2", "c-3", TEN.plusHours(73), "resolved");

    TruthMetrics m = metrics();

    assertThat(issueIds(m)).containsExactly("a1", "b1", "c1", "b2", "c2");
    // a2 and b2 start before their first session's end + 72 h; c2 after it.
    assertThat(fcr(m, "a1")).isFalse();
    assertThat(fcr(m, "b1")).isFalse();
    assertThat(fcr(m, "c1")).isTrue();
    assertThat(m.fcrByDay())
        .containsEntry(NOV_1, new Fcr(3, 1))
        .containsEntry(NOV_4, new Fcr(2, 2));
  }

  @Test
  void fcrTurnsExactlyOneWindowAfterTheFirstSessionEnded() {
    TruthContact early = add("e1", "c-1", TEN, "resolved");
    add("e2", "c-1", early.end().plus(W).minusSeconds(1), "abandoned");
    TruthContact onTime = add("o1", "c-2", TEN, "resolved");
    add("o2", "c-2", onTime.end().plus(W), "abandoned");

    TruthMetrics m = metrics();

    assertThat(issueIds(m)).containsExactlyInAnyOrder("e1", "o1", "e2", "o2");
    assertThat(fcr(m, "e1")).isFalse();
    assertThat(fcr(m, "o1")).isTrue();
    assertThat(fcr(m, "e2")).isFalse();
  }

  @Test
  void aSessionStartedBeforeTheFirstOneEndedIsARepeatAndSpoilsFcr() {
    add("s1", "c-1", "return_refund", TEN, Duration.ofMinutes(30), "resolved");
    add("s2", "c-1", "return_refund", TEN.plusMinutes(20), Duration.ofMinutes(5), "resolved");

    TruthMetrics m = metrics();

    assertThat(issueIds(m)).containsExactly("s1");
    assertThat(fcr(m, "s1")).isFalse();
    assertThat(m.fcrByDayAndIntent().get(NOV_1)).containsEntry("return_refund", new Fcr(1, 0));
  }

  @Test
  void onlyAResolvedEndCanBeResolvedOnFirstContactAndAnOpenSessionIsNotEnded() {
    add("t1", "c-1", TEN, "transferred");
    sessions.add(new TruthContact("u1", "c-2", "coupon", "web", null, TEN, null, null, List.of()));

    TruthMetrics m = metrics();

    assertThat(m.fcrByDay()).containsEntry(NOV_1, new Fcr(2, 0));
    assertThat(m.csatByDay()).containsEntry(NOV_1, new Csat(0, 0, 0, 1));
  }

  @Test
  void ofTwoSessionsStartingTheSameSecondTheSmallerIdIsTheIssue() {
    add("s-b", "c-1", TEN, "resolved");
    add("s-a", "c-1", TEN, "resolved");

    assertThat(issueIds(metrics())).containsExactly("s-a");
  }

  @Test
  void customersAndIntentsAreSeparateContacts() {
    add("x1", "c-1", "logistics_query", TEN, Duration.ofMinutes(5), "resolved");
    add("x2", "c-1", "invoice", TEN.plusHours(1), Duration.ofMinutes(5), "resolved");
    add("x3", "c-2", "logistics_query", TEN.plusHours(2), Duration.ofMinutes(5), "resolved");

    TruthMetrics m = metrics();

    assertThat(m.fcrByDayAndIntent().get(NOV_1))
        .containsEntry("logistics_query", new Fcr(2, 2))
        .containsEntry("invoice", new Fcr(1, 1));
  }

  @Test
  void theFirstRatingCountsWhateverTheOrderListedAndALateOneStillCountsOnTheStartDay() {
    OffsetDateTime late = TEN.withHour(23).withMinute(50);
    sessions.add(
        new TruthContact(
            "r1",
            "c-1",
            "coupon",
            "app",
            "a-0002",
            TEN,
            TEN.plusMinutes(10),
            "resolved",
            List.of(
                new CsatRating(TEN.plusMinutes(40).toInstant(), 5),
                new CsatRating(TEN.plusMinutes(12).toInstant(), 2))));
    sessions.add(
        new TruthContact(
            "r2",
            "c-2",
            "coupon",
            "app",
            "a-0002",
            late,
            late.plusMinutes(5),
            "resolved",
            List.of(new CsatRating(late.plusHours(3).toInstant(), 4))));

    TruthMetrics m = metrics();

    assertThat(m.csatByDay()).containsOnlyKeys(NOV_1).containsEntry(NOV_1, new Csat(2, 1, 6, 2));
    assertThat(m.csatByDayAndIntent().get(NOV_1)).containsEntry("coupon", new Csat(2, 1, 6, 2));
  }

  @Test
  void aSessionCrossingMidnightCountsOnTheDayItStarted() {
    OffsetDateTime beforeMidnight = OffsetDateTime.parse("2026-11-01T23:50:00+08:00");
    add("m1", "c-1", "gift", beforeMidnight, Duration.ofMinutes(30), "resolved");

    TruthMetrics m = metrics();

    assertThat(m.fcrByDay()).containsOnlyKeys(NOV_1);
    assertThat(m.csatByDay()).containsOnlyKeys(NOV_1);
    assertThat(m.fcr().firstKey()).isEqualTo(new TruthMetrics.Key(NOV_1, "gift", "app", "a-0001"));
  }

  @Test
  void offsetsAreInstantsAndDaysAreShanghaiDays() {
    sessions.add(TruthContactReader.parse(line("z1", "c-1", "2026-11-01T16:30:00Z", 3)));
    sessions.add(TruthContactReader.parse(line("n1", "c-2", "2026-11-01T11:30:00-05:00", 5)));
    sessions.add(TruthContactReader.parse(line("p1", "c-3", "2026-11-01T23:59:59+08:00", 4)));
    // 72 h after 2026-11-01T10:00+08:00, written in -05:00 and in Z; one second earlier repeats.
    sessions.add(TruthContactReader.parse(line("w1", "c-4", "2026-11-01T10:00:00+08:00", null)));
    sessions.add(TruthContactReader.parse(line("w2", "c-4", "2026-11-03T21:00:00-05:00", null)));
    sessions.add(TruthContactReader.parse(line("v1", "c-5", "2026-11-01T10:00:00+08:00", null)));
    sessions.add(TruthContactReader.parse(line("v2", "c-5", "2026-11-04T01:59:59Z", null)));

    TruthMetrics m = metrics();

    assertThat(m.csatByDay())
        .containsEntry(NOV_1, new Csat(1, 1, 4, 3))
        .containsEntry(NOV_2, new Csat(2, 1, 8, 2))
        .containsEntry(NOV_4, new Csat(0, 0, 0, 2));
    assertThat(issueIds(m)).contains("w1", "w2", "v1").doesNotContain("v2");
    assertThat(m.fcrByDay())
        .containsEntry(NOV_1, new Fcr(3, 1))
        .containsEntry(NOV_2, new Fcr(2, 2))
        .containsEntry(NOV_4, new Fcr(1, 1));
  }

  @Test
  void theWindowIsConfigurable() {
    add("k1", "c-1", TEN, "resolved");
    add("k2", "c-1", TEN.plusHours(25), "resolved");

    assertThat(issueIds(TruthMetrics.of(sessions, Duration.ofHours(24)))).hasSize(2);
    assertThat(issueIds(TruthMetrics.of(sessions, W))).hasSize(1);
    assertThatThrownBy(() -> TruthMetrics.of(sessions, Duration.ZERO))
        .hasMessageContaining("positive");
  }

  @Test
  void aLineWithoutRatingsUsesItsFirstRatingAndABrokenLineNamesWhatIsMissing() {
    TruthContact t =
        TruthContactReader.parse(
            "{\"session_id\":\"s-1\",\"customer_id\":\"c-1\",\"intent\":\"invoice\","
                + "\"start_ts\":\"2026-11-01T10:00:00+08:00\",\"end_ts\":null,\"rating\":2}");
    assertThat(t.firstRating()).isEqualTo(2);
    assertThat(t.ended()).isFalse();
    assertThatThrownBy(() -> TruthContactReader.parse("{\"session_id\":\"s-1\"}"))
        .hasMessageContaining("no customer_id");
    assertThatThrownBy(
            () ->
                TruthContactReader.parse(
                    "{\"session_id\":\"s-1\",\"customer_id\":\"c\",\"intent\":\"gift\","
                        + "\"start_ts\":\"2026-11-01 10:00\"}"))
        .hasMessageContaining("ISO-8601");
  }

  // A resolved ten-minute session as the generator writes it, with one rating or none.
  private static String line(String id, String customer, String start, Integer rating) {
    OffsetDateTime s = OffsetDateTime.parse(start);
    String end = s.plusMinutes(10).toString();
    String ratings =
        rating == null
            ? "[]"
            : "[{\"ts\":\"" + s.plusMinutes(11) + "\",\"rating\":" + rating + "}]";
    return "{\"session_id\":\""
        + id
        + "\",\"customer_id\":\""
        + customer
        + "\",\"channel\":\"wechat\",\"start_ts\":\""
        + start
        + "\",\"end_ts\":\""
        + end
        + "\",\"intent\":\"logistics_query\",\"end_reason\":\"resolved\",\"rating\":"
        + rating
        + ",\"ratings\":"
        + ratings
        + ",\"agent_id\":null}";
  }
}
