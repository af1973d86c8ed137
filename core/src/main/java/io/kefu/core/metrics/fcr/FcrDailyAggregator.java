package io.kefu.core.metrics.fcr;

import io.kefu.core.metrics.DailyKey;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sums {@link IssueChange}s into {@code fcr_daily} rows. A streaming job keeps one per daily key
 * (or one per task), a batch one for all; both get the same rows from the same changes in any
 * order. Not thread-safe.
 */
public final class FcrDailyAggregator implements Serializable {

  /** Running counts of one daily key; {@code provisional} counts issues not final yet. */
  private static final class Tally implements Serializable {
    long issues;
    long resolved;
    long provisional;

    void add(Issue issue, int sign) {
      issues += sign;
      resolved += issue.resolvedFirstContact() ? sign : 0;
      provisional += issue.isFinal() ? 0 : sign;
    }
  }

  private final Map<DailyKey, Tally> tallies = new TreeMap<>();

  /** Applies one change; returns the rows it changed (a row may drop to 0 issues). */
  public List<FcrDailyRow> apply(IssueChange change) {
    List<DailyKey> touched = new ArrayList<>(2);
    if (change.before() != null) {
      touched.add(add(change.before(), -1));
    }
    if (change.after() != null) {
      DailyKey key = add(change.after(), +1);
      if (!touched.contains(key)) {
        touched.add(key);
      }
    }
    List<FcrDailyRow> rows = new ArrayList<>(touched.size());
    for (DailyKey key : touched) {
      rows.add(row(key, tallies.get(key)));
    }
    return rows;
  }

  /** Applies changes in order. */
  public void applyAll(Iterable<IssueChange> changes) {
    for (IssueChange change : changes) {
      apply(change);
    }
  }

  /** The rows with at least one issue, ordered by day, intent, channel, agent. */
  public List<FcrDailyRow> rows() {
    List<FcrDailyRow> rows = new ArrayList<>();
    tallies.forEach(
        (key, tally) -> {
          if (tally.issues != 0) {
            rows.add(row(key, tally));
          }
        });
    return rows;
  }

  private DailyKey add(Issue issue, int sign) {
    DailyKey key = issue.key();
    tallies.computeIfAbsent(key, k -> new Tally()).add(issue, sign);
    return key;
  }

  private static FcrDailyRow row(DailyKey key, Tally tally) {
    return FcrDailyRow.of(key, tally.issues, tally.resolved, tally.provisional == 0);
  }
}
