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
import java.util.Objects;
import java.util.Optional;

/**
 * The issues and FCR outcomes (CONTRACT §3) of one customer and primary intent: the state a
 * streaming job keeps per (customer, intent) key, and what {@link FcrCalculator} runs per key over
 * history, so both engines share this one implementation.
 *
 * <p>Sessions are ordered by start, then session id. A session S is a <b>new issue</b> iff the
 * session before it started at least W before S (W = {@link RecontactWindow}; "within W" is the
 * half-open {@code [t, t + W)}). An issue is <b>resolved on first contact</b> iff its first session
 * F ended {@code resolved} and the next session of the key starts at or after {@code F.end + W}.
 * The next session counts as a re-contact even when it started before F ended (an overlapping chat
 * about the same intent): the customer was not served on first contact.
 *
 * <p><b>As of.</b> {@link #onTime} gives the time up to which the caller has passed every session
 * of the key that started before it (a streaming job: its event-time watermark less the longest a
 * session may stay open; a batch: the end of the data, or {@link Instant#MAX} when history is
 * complete). An issue is final iff {@code F.end + W <= asOf}, or a re-contact inside its window
 * already decided it as not resolved and F started before asOf. Sessions may arrive in any order:
 * each call re-evaluates the key and returns the changes since the last call. Sessions that started
 * more than W before asOf and whose issue is final are dropped from the state; a session arriving
 * that far behind asOf can no longer be placed and is only counted ({@link #lateSessions}). Not
 * thread-safe.
 */
public final class IssueTracker implements Serializable {

  private static final Comparator<SessionFacts> ORDER =
      Comparator.comparing((SessionFacts s) -> s.start().toInstant())
          .thenComparing(SessionFacts::sessionId);

  private final RecontactWindow window;
  private final List<SessionFacts> sessions = new ArrayList<>();
  private Map<String, Issue> emitted = new LinkedHashMap<>();
  private Instant asOf = Instant.MIN;
  private Instant latestDroppedStart;
  private long lateSessions;

  /**
   * The whole state of a tracker as plain values, for engines that store state as records (Flink
   * keyed state) rather than serialised objects.
   *
   * @param sessions the sessions held, in start order
   * @param issues the issues last reported, in start order
   * @param asOf the latest "as of"; {@link Instant#MIN} before the first
   * @param latestDroppedStart the start of the latest session dropped, or null
   */
  public record Snapshot(
      List<SessionFacts> sessions,
      List<Issue> issues,
      Instant asOf,
      Instant latestDroppedStart,
      long lateSessions)
      implements Serializable {

    public Snapshot {
      sessions = List.copyOf(sessions);
      issues = List.copyOf(issues);
      Objects.requireNonNull(asOf, "asOf");
    }
  }

  public IssueTracker(RecontactWindow window) {
    this.window = Objects.requireNonNull(window, "window");
  }

  /** A tracker continuing from a {@link #snapshot()}. */
  public static IssueTracker restore(RecontactWindow window, Snapshot snapshot) {
    IssueTracker tracker = new IssueTracker(window);
    tracker.sessions.addAll(snapshot.sessions());
    for (Issue issue : snapshot.issues()) {
      tracker.emitted.put(issue.firstSessionId(), issue);
    }
    tracker.asOf = snapshot.asOf();
    tracker.latestDroppedStart = snapshot.latestDroppedStart();
    tracker.lateSessions = snapshot.lateSessions();
    return tracker;
  }

  public Snapshot snapshot() {
    return new Snapshot(
        sessions, List.copyOf(emitted.values()), asOf, latestDroppedStart, lateSessions);
  }

  /**
   * Adds a closed session of this tracker's key (a session id seen before replaces the earlier
   * version) and returns the changes of the key's issues.
   *
   * @throws IllegalArgumentException when the session belongs to another customer or intent
   */
  public List<IssueChange> onSessionClosed(SessionFacts session) {
    checkKey(session);
    Instant start = session.start().toInstant();
    if (latestDroppedStart != null && !start.isAfter(latestDroppedStart)) {
      lateSessions++;
      return List.of();
    }
    sessions.removeIf(s -> s.sessionId().equals(session.sessionId()));
    int at = 0;
    while (at < sessions.size() && ORDER.compare(sessions.get(at), session) < 0) {
      at++;
    }
    sessions.add(at, session);
    return reconcile();
  }

  /**
   * Advances "as of" (it never goes back) and returns the issues that became final; then drops
   * state no later session can need.
   */
  public List<IssueChange> onTime(Instant newAsOf) {
    if (newAsOf.isAfter(asOf)) {
      asOf = newAsOf;
    }
    List<IssueChange> changes = reconcile();
    dropSettled();
    return changes;
  }

  /** The key's issues as last reported, in start order (dropped final issues excluded). */
  public Collection<Issue> issues() {
    return List.copyOf(emitted.values());
  }

  /** The earliest time at which a provisional issue would become final, for a timer. */
  public Optional<Instant> nextFinalisation() {
    return emitted.values().stream()
        .filter(issue -> !issue.isFinal())
        .map(issue -> window.closesAt(issue.firstSession().end().toInstant()))
        .min(Comparator.naturalOrder());
  }

  /** True when nothing is held: a streaming caller may clear its state for the key. */
  public boolean isEmpty() {
    return sessions.isEmpty();
  }

  /** Sessions that arrived too far behind "as of" to be placed (see the class contract). */
  public long lateSessions() {
    return lateSessions;
  }

  private void checkKey(SessionFacts session) {
    if (sessions.isEmpty()) {
      return;
    }
    SessionFacts first = sessions.get(0);
    String customer = first.customerId();
    Intent intent = first.primaryIntent();
    if (!customer.equals(session.customerId()) || intent != session.primaryIntent()) {
      throw new IllegalArgumentException(
          "session "
              + session.sessionId()
              + " is not of customer "
              + customer
              + " and intent "
              + intent.id());
    }
  }

  private List<IssueChange> reconcile() {
    Map<String, Issue> current = evaluate();
    List<IssueChange> changes = new ArrayList<>();
    for (Issue now : current.values()) {
      Issue before = emitted.get(now.firstSessionId());
      if (!now.equals(before)) {
        changes.add(new IssueChange(before, now));
      }
    }
    for (Issue before : emitted.values()) {
      if (!current.containsKey(before.firstSessionId())) {
        changes.add(new IssueChange(before, null));
      }
    }
    emitted = current;
    return changes;
  }

  private Map<String, Issue> evaluate() {
    Map<String, Issue> issues = new LinkedHashMap<>();
    Instant previousStart = latestDroppedStart;
    for (int i = 0; i < sessions.size(); i++) {
      SessionFacts session = sessions.get(i);
      Instant start = session.start().toInstant();
      if (previousStart == null || !window.contains(previousStart, start)) {
        SessionFacts next = i + 1 < sessions.size() ? sessions.get(i + 1) : null;
        issues.put(session.sessionId(), decide(session, next));
      }
      previousStart = start;
    }
    return issues;
  }

  private Issue decide(SessionFacts first, SessionFacts next) {
    Instant closes = window.closesAt(first.end().toInstant());
    boolean recontacted = next != null && next.start().toInstant().isBefore(closes);
    boolean settled = first.start().toInstant().isBefore(asOf);
    boolean isFinal = !closes.isAfter(asOf) || (recontacted && settled);
    return new Issue(first, first.resolved() && !recontacted, isFinal);
  }

  private void dropSettled() {
    if (asOf.equals(Instant.MIN)) {
      return;
    }
    Instant horizon = asOf.minus(window.length());
    int dropped = 0;
    while (dropped < sessions.size()) {
      SessionFacts session = sessions.get(dropped);
      Issue issue = emitted.get(session.sessionId());
      if (!session.start().toInstant().isBefore(horizon) || (issue != null && !issue.isFinal())) {
        break;
      }
      dropped++;
    }
    for (SessionFacts session : sessions.subList(0, dropped)) {
      latestDroppedStart = session.start().toInstant();
      emitted.remove(session.sessionId());
    }
    sessions.subList(0, dropped).clear();
  }
}
