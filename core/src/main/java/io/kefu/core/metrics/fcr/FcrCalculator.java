package io.kefu.core.metrics.fcr;

import io.kefu.core.metrics.SessionFacts;
import io.kefu.core.taxonomy.Intent;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * FCR over a batch of sessions (the Spark backfill, tests): the sessions of each (customer, intent)
 * key go through one {@link IssueTracker}, exactly as the streaming job feeds them, and the
 * resulting issues through a {@link FcrDailyAggregator}.
 */
public final class FcrCalculator {

  private FcrCalculator() {}

  /** A (customer, primary intent) key: the unit of re-contact. */
  public record ContactKey(String customerId, Intent intent) implements Serializable {
    public static ContactKey of(SessionFacts session) {
      return new ContactKey(session.customerId(), session.primaryIntent());
    }
  }

  /**
   * The issues of the sessions of one (customer, intent) key, as of {@code asOf} (see {@link
   * IssueTracker}); ordered by start.
   */
  public static List<Issue> issuesOfKey(
      Collection<SessionFacts> sessionsOfKey, RecontactWindow window, Instant asOf) {
    IssueTracker tracker = new IssueTracker(window);
    Map<String, Issue> issues = new TreeMap<>();
    for (SessionFacts session : sessionsOfKey) {
      apply(tracker.onSessionClosed(session), issues);
    }
    apply(tracker.onTime(asOf), issues);
    List<Issue> ordered = new ArrayList<>(issues.values());
    ordered.sort(Comparator.comparing(Issue::started).thenComparing(Issue::firstSessionId));
    return ordered;
  }

  /** The issues of any sessions, grouped per (customer, intent). */
  public static List<Issue> issues(
      Collection<SessionFacts> sessions, RecontactWindow window, Instant asOf) {
    Map<ContactKey, List<SessionFacts>> byKey = new LinkedHashMap<>();
    for (SessionFacts session : sessions) {
      byKey.computeIfAbsent(ContactKey.of(session), k -> new ArrayList<>()).add(session);
    }
    List<Issue> issues = new ArrayList<>();
    for (List<SessionFacts> ofKey : byKey.values()) {
      issues.addAll(issuesOfKey(ofKey, window, asOf));
    }
    return issues;
  }

  /** The {@code fcr_daily} rows of any sessions as of {@code asOf}. */
  public static List<FcrDailyRow> dailyRows(
      Collection<SessionFacts> sessions, RecontactWindow window, Instant asOf) {
    FcrDailyAggregator aggregator = new FcrDailyAggregator();
    for (Issue issue : issues(sessions, window, asOf)) {
      aggregator.apply(new IssueChange(null, issue));
    }
    return aggregator.rows();
  }

  private static void apply(List<IssueChange> changes, Map<String, Issue> issues) {
    for (IssueChange change : changes) {
      if (change.after() == null) {
        issues.remove(change.firstSessionId());
      } else {
        issues.put(change.firstSessionId(), change.after());
      }
    }
  }
}
