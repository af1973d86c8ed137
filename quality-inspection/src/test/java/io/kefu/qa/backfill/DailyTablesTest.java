package io.kefu.qa.backfill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kefu.clickhouse.ClickHouseRows;
import io.kefu.core.event.Channel;
import io.kefu.core.event.EndReason;
import io.kefu.core.metrics.SessionFacts;
import io.kefu.core.metrics.fcr.FcrCalculator;
import io.kefu.core.metrics.fcr.FcrDailyRow;
import io.kefu.core.metrics.fcr.Issue;
import io.kefu.core.metrics.fcr.RecontactWindow;
import io.kefu.core.taxonomy.Intent;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The backfill's FCR path (group by contact key, then by daily key) against core's batch FCR. */
class DailyTablesTest {

  private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-03-01T09:00:00+08:00");

  private static SessionFacts session(
      String id, String customer, Intent intent, String agent, int startHour, EndReason end) {
    OffsetDateTime start = T0.plusHours(startHour);
    return new SessionFacts(
        id, customer, intent, Channel.APP, agent, start, start.plusMinutes(5), end, null);
  }

  /** Repeat contacts inside and outside 72 h, several customers, agents and days. */
  private static List<SessionFacts> sessions() {
    List<SessionFacts> all = new ArrayList<>();
    all.add(session("s1", "c1", Intent.RETURN_REFUND, "a1", 0, EndReason.RESOLVED));
    all.add(session("s2", "c1", Intent.RETURN_REFUND, "a2", 10, EndReason.RESOLVED));
    all.add(session("s3", "c1", Intent.RETURN_REFUND, "a1", 100, EndReason.RESOLVED));
    all.add(session("s4", "c2", Intent.RETURN_REFUND, "a1", 1, EndReason.RESOLVED));
    all.add(session("s5", "c2", Intent.INVOICE, "", 30, EndReason.ABANDONED));
    all.add(session("s6", "c3", Intent.INVOICE, "a2", 30, null));
    all.add(session("s7", "c3", Intent.INVOICE, "a2", 50, EndReason.RESOLVED));
    all.add(session("s8", "c4", Intent.LOGISTICS_QUERY, "a1", 2, EndReason.RESOLVED));
    return all;
  }

  @Test
  void fcrPerContactKeyThenPerDailyKeyIsCoresBatchFcr() {
    List<SessionFacts> shuffled = new ArrayList<>(sessions());
    Collections.shuffle(shuffled, new Random(5));
    long version = 42;

    Map<String, List<SessionFacts>> byContact = new TreeMap<>();
    for (SessionFacts s : shuffled) {
      byContact.computeIfAbsent(DailyTables.contactKey(s), k -> new ArrayList<>()).add(s);
    }
    Map<String, List<Issue>> byDay = new TreeMap<>();
    for (List<SessionFacts> ofKey : byContact.values()) {
      for (Issue issue : DailyTables.issuesOfKey(ofKey.iterator())) {
        byDay.computeIfAbsent(DailyTables.dailyKey(issue.key()), k -> new ArrayList<>()).add(issue);
      }
    }
    Set<String> rows = new TreeSet<>();
    byDay.values().forEach(issues -> rows.addAll(DailyTables.fcrRows(issues.iterator(), version)));

    Set<String> expected = new TreeSet<>();
    for (FcrDailyRow row :
        FcrCalculator.dailyRows(sessions(), RecontactWindow.DEFAULT, DailyTables.AS_OF)) {
      expected.add(ClickHouseRows.fcrDaily(row, version));
    }
    assertThat(rows).isEqualTo(expected).hasSize(5);
    assertThat(rows).allMatch(r -> r.contains("\"final\":1"));
  }

  @Test
  void keysTellTheirPartsApart() {
    SessionFacts a = session("x", "c1", Intent.INVOICE, "a1", 0, null);
    SessionFacts b = session("y", "c1", Intent.RETURN_REFUND, "a1", 0, null);
    SessionFacts c = session("z", "c1", Intent.INVOICE, "a2", 1, null);

    assertThat(DailyTables.contactKey(a)).isNotEqualTo(DailyTables.contactKey(b));
    assertThat(DailyTables.contactKey(a)).isEqualTo(DailyTables.contactKey(c));
    assertThat(DailyTables.dailyKey(io.kefu.core.metrics.DailyKey.of(a)))
        .isNotEqualTo(DailyTables.dailyKey(io.kefu.core.metrics.DailyKey.of(c)));
  }

  @Test
  void coverageCountsEndedSessionsOfTheDayTheyStarted() {
    SessionFacts late = session("s", "c", Intent.INVOICE, "a1", 15, EndReason.RESOLVED);

    DayCoverage one = DayCoverage.ofEndedSession(late, true);

    assertThat(one).isEqualTo(new DayCoverage("2026-03-02", 1, 1));
    assertThat(one.plus(new DayCoverage("2026-03-02", 2, 1)))
        .isEqualTo(new DayCoverage("2026-03-02", 3, 2));
    assertThatThrownBy(
            () -> DayCoverage.ofEndedSession(session("o", "c", Intent.OTHER, "", 0, null), true))
        .hasMessageContaining("has not ended");
  }
}
