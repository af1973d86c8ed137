package io.kefu.core.metrics.fcr;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.core.event.Channel;
import io.kefu.core.event.EndReason;
import io.kefu.core.metrics.DailyKey;
import io.kefu.core.metrics.SessionFacts;
import io.kefu.core.taxonomy.Intent;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The streaming path (sessions in close order, "as of" advancing, state dropped) and the batch path
 * give the same rows, and both equal a brute-force reading of CONTRACT §3.
 */
class FcrConsistencyTest {

  private static final RecontactWindow W = RecontactWindow.DEFAULT;
  private static final Intent[] INTENTS = {Intent.RETURN_REFUND, Intent.INVOICE, Intent.OTHER};
  private static final OffsetDateTime BEGIN = OffsetDateTime.parse("2026-11-01T00:00:00+08:00");

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void incrementalAndBatchFcrAgree(long seed) {
    List<SessionFacts> sessions = randomSessions(new Random(seed), 400);
    Instant asOf =
        sessions.stream()
            .map(s -> s.start().toInstant())
            .max(Comparator.naturalOrder())
            .orElseThrow()
            .plusSeconds(3600);

    List<FcrDailyRow> batch = FcrCalculator.dailyRows(sessions, W, asOf);
    List<FcrDailyRow> streamed = streamed(sessions, asOf);

    assertThat(streamed).isEqualTo(batch);
    assertThat(batch).isEqualTo(bruteForce(sessions, asOf));
    assertThat(batch).anyMatch(FcrDailyRow::isFinal).anyMatch(row -> !row.isFinal());
    assertThat(batch.stream().mapToLong(FcrDailyRow::resolvedFirstContact).sum()).isPositive();
  }

  /** Feeds sessions as they close, with "as of" = the earliest start not fed yet. */
  private static List<FcrDailyRow> streamed(List<SessionFacts> sessions, Instant asOf) {
    List<SessionFacts> byClose = new ArrayList<>(sessions);
    byClose.sort(Comparator.comparing((SessionFacts s) -> s.end().toInstant()));
    Instant[] earliestUnfed = new Instant[byClose.size() + 1];
    earliestUnfed[byClose.size()] = asOf;
    for (int i = byClose.size() - 1; i >= 0; i--) {
      Instant start = byClose.get(i).start().toInstant();
      earliestUnfed[i] = start.isBefore(earliestUnfed[i + 1]) ? start : earliestUnfed[i + 1];
    }
    Map<FcrCalculator.ContactKey, IssueTracker> trackers = new HashMap<>();
    FcrDailyAggregator aggregator = new FcrDailyAggregator();
    for (int i = 0; i < byClose.size(); i++) {
      SessionFacts s = byClose.get(i);
      IssueTracker tracker =
          trackers.computeIfAbsent(FcrCalculator.ContactKey.of(s), k -> new IssueTracker(W));
      aggregator.applyAll(tracker.onSessionClosed(s));
      for (IssueTracker t : trackers.values()) {
        aggregator.applyAll(t.onTime(earliestUnfed[i + 1]));
      }
      if (i % 50 == 49) {
        // as a restored job would: every tracker from its snapshot
        trackers.replaceAll((k, t) -> IssueTracker.restore(W, t.snapshot()));
      }
    }
    for (IssueTracker t : trackers.values()) {
      aggregator.applyAll(t.onTime(asOf));
      assertThat(t.lateSessions()).isZero();
    }
    return aggregator.rows();
  }

  /** CONTRACT §3 read literally, O(n²), sharing no code with the tracker. */
  private static List<FcrDailyRow> bruteForce(List<SessionFacts> sessions, Instant asOf) {
    Comparator<SessionFacts> order =
        Comparator.comparing((SessionFacts s) -> s.start().toInstant())
            .thenComparing(SessionFacts::sessionId);
    long w = W.length().getSeconds();
    Map<DailyKey, long[]> tally = new TreeMap<>();
    for (SessionFacts s : sessions) {
      boolean isIssue = true;
      boolean recontact = false;
      for (SessionFacts t : sessions) {
        if (t == s
            || !t.customerId().equals(s.customerId())
            || t.primaryIntent() != s.primaryIntent()) {
          continue;
        }
        long tStart = t.start().toEpochSecond();
        if (order.compare(t, s) < 0 && s.start().toEpochSecond() - tStart < w) {
          isIssue = false;
        }
        if (order.compare(t, s) > 0 && tStart < s.end().toEpochSecond() + w) {
          recontact = true;
        }
      }
      if (!isIssue) {
        continue;
      }
      long closes = s.end().toEpochSecond() + w;
      boolean isFinal =
          closes <= asOf.getEpochSecond() || (recontact && s.start().toInstant().isBefore(asOf));
      long[] t = tally.computeIfAbsent(DailyKey.of(s), k -> new long[3]);
      t[0]++;
      t[1] += s.endReason() == EndReason.RESOLVED && !recontact ? 1 : 0;
      t[2] += isFinal ? 0 : 1;
    }
    List<FcrDailyRow> rows = new ArrayList<>();
    tally.forEach((key, t) -> rows.add(FcrDailyRow.of(key, t[0], t[1], t[2] == 0)));
    return rows;
  }

  /** Customers returning after 0 to 100 hours, some chats overlapping, offsets mixed. */
  private static List<SessionFacts> randomSessions(Random r, int count) {
    List<SessionFacts> sessions = new ArrayList<>();
    EndReason[] reasons = EndReason.values();
    for (int i = 0; i < count; i++) {
      String customer = "c" + r.nextInt(40);
      Intent intent = INTENTS[r.nextInt(INTENTS.length)];
      OffsetDateTime start = BEGIN.plusMinutes(r.nextInt(20 * 24 * 60));
      if (r.nextInt(4) == 0) {
        start = start.withOffsetSameInstant(ZoneOffset.UTC);
      }
      EndReason reason = r.nextInt(5) == 0 ? null : reasons[r.nextInt(reasons.length)];
      sessions.add(
          new SessionFacts(
              "s" + i,
              customer,
              intent,
              Channel.values()[r.nextInt(2)],
              r.nextInt(6) == 0 ? null : "a" + r.nextInt(3),
              start,
              start.plusMinutes(1 + r.nextInt(r.nextInt(10) == 0 ? 3000 : 90)),
              reason,
              null));
    }
    Collections.shuffle(sessions, r);
    return sessions;
  }
}
