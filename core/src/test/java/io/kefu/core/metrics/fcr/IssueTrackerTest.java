package io.kefu.core.metrics.fcr;

import static io.kefu.core.metrics.MetricFixtures.T0;
import static io.kefu.core.metrics.MetricFixtures.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kefu.core.event.EndReason;
import io.kefu.core.metrics.SessionFacts;
import io.kefu.core.taxonomy.Intent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IssueTrackerTest {

  private static final RecontactWindow W = RecontactWindow.DEFAULT;

  private static List<Issue> issues(List<SessionFacts> sessions, Instant asOf) {
    return FcrCalculator.issuesOfKey(sessions, W, asOf);
  }

  @Test
  void repeatContactWithinWindowIsNotFcr() {
    SessionFacts first = session("s1", T0, EndReason.RESOLVED);
    SessionFacts again = session("s2", T0.plusHours(24), EndReason.RESOLVED);

    List<Issue> issues = issues(List.of(again, first), Instant.MAX);

    assertThat(issues).hasSize(1);
    assertThat(issues.get(0).firstSessionId()).isEqualTo("s1");
    assertThat(issues.get(0).resolvedFirstContact()).isFalse();
    assertThat(issues.get(0).isFinal()).isTrue();
  }

  /** Gaps from the first session's start (it lasts 10 min); W = 72 h, "within" = less than W. */
  @ParameterizedTest(name = "second session {0} after the first started: issues={1} fcr={2}")
  @CsvSource({
    "PT71H, 1, false",
    "PT71H59M59S, 1, false",
    "PT72H, 2, false",
    "PT73H, 2, true",
  })
  void recontactAt71hIsRepeatAndAt73hIsNewIssue(
      Duration gap, int expectedIssues, boolean firstResolved) {
    SessionFacts first = session("s1", T0, EndReason.RESOLVED);
    SessionFacts second = session("s2", T0.plus(gap), EndReason.RESOLVED);

    List<Issue> issues = issues(List.of(first, second), Instant.MAX);

    assertThat(issues).hasSize(expectedIssues);
    assertThat(issues.get(0).resolvedFirstContact()).isEqualTo(firstResolved);
  }

  /** FCR looks W after the first session ENDED: ends 10:10, so a return at +72h05m is inside. */
  @ParameterizedTest(name = "return {0} after the first ended: fcr={1}")
  @CsvSource({"PT71H59M, false", "PT72H, true", "PT72H1M, true"})
  void fcrWindowRunsFromTheEndOfTheFirstSession(Duration afterEnd, boolean resolved) {
    SessionFacts first = session("s1", T0, EndReason.RESOLVED);
    SessionFacts second = session("s2", first.end().plus(afterEnd), EndReason.RESOLVED);

    Issue issue = issues(List.of(first, second), Instant.MAX).get(0);

    assertThat(issue.resolvedFirstContact()).isEqualTo(resolved);
  }

  @Test
  void repeatsChainTheIssueAsLongAsEachReturnIsWithinTheWindowOfThePreviousStart() {
    List<SessionFacts> sessions =
        List.of(
            session("s1", T0, EndReason.ABANDONED),
            session("s2", T0.plusHours(60), EndReason.TIMEOUT),
            session("s3", T0.plusHours(120), EndReason.RESOLVED));

    assertThat(issues(sessions, Instant.MAX))
        .extracting(Issue::firstSessionId)
        .containsExactly("s1");
  }

  @Test
  void onlyAResolvedEndCanBeFcr() {
    for (EndReason reason : EndReason.values()) {
      Issue issue = issues(List.of(session("s1", T0, reason)), Instant.MAX).get(0);
      assertThat(issue.resolvedFirstContact()).isEqualTo(reason == EndReason.RESOLVED);
    }
    SessionFacts neverEnded = session("s1", T0, null);
    assertThat(issues(List.of(neverEnded), Instant.MAX).get(0).resolvedFirstContact()).isFalse();
  }

  @Test
  void issueIsProvisionalUntilItsWindowClosesThenFinal() {
    SessionFacts first = session("s1", T0, EndReason.RESOLVED);
    Instant closes = first.end().toInstant().plus(Duration.ofHours(72));
    IssueTracker tracker = new IssueTracker(W);

    List<IssueChange> opened = tracker.onSessionClosed(first);
    List<IssueChange> justBefore = tracker.onTime(closes.minusNanos(1));
    var timer = tracker.nextFinalisation();
    List<IssueChange> atClose = tracker.onTime(closes);

    assertThat(opened).singleElement().satisfies(c -> assertThat(c.after().isFinal()).isFalse());
    assertThat(justBefore).isEmpty();
    assertThat(timer).contains(closes);
    assertThat(atClose)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.before().isFinal()).isFalse();
              assertThat(c.after().isFinal()).isTrue();
              assertThat(c.after().resolvedFirstContact()).isTrue();
            });
  }

  @Test
  void aRecontactDecidesTheIssueAsNotResolvedBeforeTheWindowCloses() {
    IssueTracker tracker = new IssueTracker(W);
    tracker.onSessionClosed(session("s1", T0, EndReason.RESOLVED));
    tracker.onTime(T0.plusHours(1).toInstant());

    List<IssueChange> changes = tracker.onSessionClosed(session("s2", T0.plusHours(2), null));

    assertThat(changes)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.after().resolvedFirstContact()).isFalse();
              assertThat(c.after().isFinal()).isTrue();
            });
  }

  @Test
  void anEarlierSessionArrivingLateWithdrawsTheIssueItMadeARepeat() {
    IssueTracker tracker = new IssueTracker(W);
    tracker.onSessionClosed(session("s2", T0.plusHours(5), EndReason.RESOLVED));

    List<IssueChange> changes =
        tracker.onSessionClosed(longSession("s1", T0, 600, EndReason.ABANDONED));

    assertThat(changes).hasSize(2);
    assertThat(changes)
        .anySatisfy(c -> assertThat(c.after()).isNull())
        .anySatisfy(c -> assertThat(c.after().firstSessionId()).isEqualTo("s1"));
  }

  @Test
  void settledSessionsAreDroppedButStillMakeTheNextSessionARepeat() {
    IssueTracker tracker = new IssueTracker(W);
    tracker.onSessionClosed(session("s1", T0, EndReason.RESOLVED));
    tracker.onSessionClosed(session("s2", T0.plusHours(70), EndReason.RESOLVED));
    tracker.onTime(T0.plusHours(140).toInstant());

    List<IssueChange> third =
        tracker.onSessionClosed(session("s3", T0.plusHours(141), EndReason.RESOLVED));

    assertThat(tracker.issues()).extracting(Issue::firstSessionId).doesNotContain("s1");
    assertThat(third).isEmpty();
    assertThat(tracker.onSessionClosed(session("s0", T0.minusHours(1), EndReason.RESOLVED)))
        .isEmpty();
    assertThat(tracker.lateSessions()).isEqualTo(1);
  }

  @Test
  void aSessionOfAnotherKeyIsRejected() {
    IssueTracker tracker = new IssueTracker(W);
    tracker.onSessionClosed(session("s1", T0, EndReason.RESOLVED));

    assertThatThrownBy(
            () ->
                tracker.onSessionClosed(
                    session("s2", "c1", Intent.INVOICE, T0, 5, EndReason.RESOLVED)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("return_refund");
  }

  @Test
  void windowMustBePositive() {
    assertThatThrownBy(() -> new RecontactWindow(Duration.ZERO))
        .hasMessageContaining("must be positive");
    assertThat(RecontactWindow.DEFAULT.length()).isEqualTo(Duration.ofHours(72));
  }

  private static SessionFacts longSession(
      String id, java.time.OffsetDateTime start, long minutes, EndReason reason) {
    return io.kefu.core.metrics.MetricFixtures.session(
        id, "c1", Intent.RETURN_REFUND, start, minutes, reason);
  }
}
