package io.kefu.samples.truth;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * The FCR and CSAT figures of CONTRACT §3 computed from the generator's ground truth: the oracle
 * that tests hold the engines' {@code fcr_daily} and {@code csat_daily} against. Written from the
 * contract text alone and sharing no code with core's metrics, so a misreading there shows up as a
 * difference here. Days are Asia/Shanghai calendar days of the session's (or issue's) start,
 * whatever offset the times were written in. History is taken as complete: every window is closed.
 *
 * <p>Reading of the contract, with W the re-contact window (default 72 h):
 *
 * <ul>
 *   <li>Sessions of one customer C and primary intent I are ordered by start, then session id.
 *   <li>"Started within W before S started" means at or after {@code S.start − W}, excluded, up to
 *       S.start: a session P placed before S with {@code S.start < P.start + W}. So a gap of
 *       exactly W makes S a new issue. S is an <b>issue</b> iff no such P exists.
 *   <li>An issue S is <b>resolved on first contact</b> iff it ended {@code resolved} and no later
 *       session of (C, I) starts before {@code S.end + W}. A session that starts while S is still
 *       open counts too: the contract's "within W after that session ended" is read as "before the
 *       window after its end closes", since a customer writing again mid-chat was not served on
 *       first contact either. A session starting exactly at {@code S.end + W} does not count.
 *   <li>CSAT: a session's rating is its first {@code csat} (CONTRACT §2); rated = sessions with a
 *       rating, satisfied = rated 4 or 5, rating_sum = sum of the ratings, ended = sessions with a
 *       {@code session_end}.
 * </ul>
 *
 * Immutable.
 */
public final class TruthMetrics {

  /** The business day of CONTRACT §3. */
  public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** The default re-contact window of CONTRACT §3. */
  public static final Duration DEFAULT_WINDOW = Duration.ofHours(72);

  /** The dimensions of a daily row: day, primary intent, channel, agent (null: bot only). */
  public record Key(LocalDate day, String intent, String channel, String agentId) {}

  /** FCR counts: issues started, and those of them resolved on first contact. */
  public record Fcr(long issues, long resolvedFirstContact) {
    public static final Fcr ZERO = new Fcr(0, 0);

    public Fcr plus(Fcr o) {
      return new Fcr(issues + o.issues, resolvedFirstContact + o.resolvedFirstContact);
    }
  }

  /** CSAT counts of the sessions started: rated, rated 4–5, sum of ratings, ended. */
  public record Csat(long rated, long satisfied, long ratingSum, long ended) {
    public static final Csat ZERO = new Csat(0, 0, 0, 0);

    public Csat plus(Csat o) {
      return new Csat(
          rated + o.rated, satisfied + o.satisfied, ratingSum + o.ratingSum, ended + o.ended);
    }
  }

  /** One issue: its first session, its row's dimensions, and whether FCR holds. */
  public record Issue(String sessionId, Key key, boolean resolvedFirstContact) {}

  private static final Comparator<TruthContact> ORDER =
      Comparator.comparing(TruthContact::startInstant).thenComparing(TruthContact::sessionId);
  private static final Comparator<Key> KEY_ORDER =
      Comparator.comparing(Key::day)
          .thenComparing(Key::intent)
          .thenComparing(Key::channel, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Key::agentId, Comparator.nullsFirst(Comparator.naturalOrder()));

  private final List<Issue> issues;
  private final SortedMap<Key, Csat> csat;

  private TruthMetrics(List<Issue> issues, SortedMap<Key, Csat> csat) {
    this.issues = List.copyOf(issues);
    this.csat = csat;
  }

  /** The figures of a generated data set's truth with the default window. */
  public static TruthMetrics read(Path truth) throws IOException {
    return of(TruthContactReader.read(truth), DEFAULT_WINDOW);
  }

  public static TruthMetrics of(List<TruthContact> sessions, Duration window) {
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("re-contact window must be positive, got " + window);
    }
    return new TruthMetrics(issues(sessions, window), csat(sessions));
  }

  /** Every issue, by the start of its first session. */
  public List<Issue> issues() {
    return issues;
  }

  /** FCR rows by day, intent, channel and agent of the issue's first session. */
  public SortedMap<Key, Fcr> fcr() {
    SortedMap<Key, Fcr> out = new TreeMap<>(KEY_ORDER);
    for (Issue i : issues) {
      out.merge(i.key(), new Fcr(1, i.resolvedFirstContact() ? 1 : 0), Fcr::plus);
    }
    return out;
  }

  /** CSAT rows by day, intent, channel and agent of the session. */
  public SortedMap<Key, Csat> csat() {
    return new TreeMap<>(csat);
  }

  public SortedMap<LocalDate, Fcr> fcrByDay() {
    return rollUp(fcr(), Key::day, Fcr::plus);
  }

  /** FCR per day and intent, as {@code day → intent → counts}. */
  public SortedMap<LocalDate, SortedMap<String, Fcr>> fcrByDayAndIntent() {
    return byDayAndIntent(fcr(), Fcr::plus);
  }

  public SortedMap<LocalDate, Csat> csatByDay() {
    return rollUp(csat, Key::day, Csat::plus);
  }

  /** CSAT per day and intent, as {@code day → intent → counts}. */
  public SortedMap<LocalDate, SortedMap<String, Csat>> csatByDayAndIntent() {
    return byDayAndIntent(csat, Csat::plus);
  }

  private static List<Issue> issues(List<TruthContact> sessions, Duration window) {
    Map<List<String>, List<TruthContact>> byContact = new HashMap<>();
    for (TruthContact s : sessions) {
      byContact.computeIfAbsent(List.of(s.customerId(), s.intent()), k -> new ArrayList<>()).add(s);
    }
    List<TruthContact> firsts = new ArrayList<>();
    Map<String, Boolean> resolved = new HashMap<>();
    for (List<TruthContact> contact : byContact.values()) {
      contact.sort(ORDER);
      for (int i = 0; i < contact.size(); i++) {
        if (startsAnIssue(contact, i, window)) {
          firsts.add(contact.get(i));
          resolved.put(contact.get(i).sessionId(), resolvedOnFirstContact(contact, i, window));
        }
      }
    }
    firsts.sort(ORDER);
    return firsts.stream()
        .map(s -> new Issue(s.sessionId(), key(s), resolved.get(s.sessionId())))
        .toList();
  }

  // No session placed before S started less than W before it.
  private static boolean startsAnIssue(List<TruthContact> contact, int i, Duration window) {
    Instant start = contact.get(i).startInstant();
    for (int j = 0; j < i; j++) {
      if (start.isBefore(contact.get(j).startInstant().plus(window))) {
        return false;
      }
    }
    return true;
  }

  // Ended resolved, and no session placed after it starts before its end + W.
  private static boolean resolvedOnFirstContact(
      List<TruthContact> contact, int i, Duration window) {
    TruthContact s = contact.get(i);
    if (!s.ended() || !"resolved".equals(s.endReason())) {
      return false;
    }
    Instant closes = s.end().toInstant().plus(window);
    for (int k = i + 1; k < contact.size(); k++) {
      if (contact.get(k).startInstant().isBefore(closes)) {
        return false;
      }
    }
    return true;
  }

  private static SortedMap<Key, Csat> csat(List<TruthContact> sessions) {
    SortedMap<Key, Csat> out = new TreeMap<>(KEY_ORDER);
    for (TruthContact s : sessions) {
      Integer rating = s.firstRating();
      Csat one =
          new Csat(
              rating == null ? 0 : 1,
              rating != null && rating >= 4 ? 1 : 0,
              rating == null ? 0 : rating,
              s.ended() ? 1 : 0);
      out.merge(key(s), one, Csat::plus);
    }
    return out;
  }

  private static Key key(TruthContact s) {
    LocalDate day = s.start().atZoneSameInstant(SHANGHAI).toLocalDate();
    return new Key(day, s.intent(), s.channel(), s.agentId());
  }

  private static <V> SortedMap<LocalDate, V> rollUp(
      Map<Key, V> rows, Function<Key, LocalDate> by, BinaryOperator<V> plus) {
    SortedMap<LocalDate, V> out = new TreeMap<>();
    rows.forEach((k, v) -> out.merge(by.apply(k), v, plus));
    return out;
  }

  private static <V> SortedMap<LocalDate, SortedMap<String, V>> byDayAndIntent(
      Map<Key, V> rows, BinaryOperator<V> plus) {
    SortedMap<LocalDate, SortedMap<String, V>> out = new TreeMap<>();
    rows.forEach(
        (k, v) -> out.computeIfAbsent(k.day(), d -> new TreeMap<>()).merge(k.intent(), v, plus));
    return out;
  }
}
