package io.kefu.samples.schedule;

import io.kefu.samples.GeneratorConfig;
import io.kefu.samples.schedule.RandomStreams.Purpose;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Hard cases for the re-contact window W of CONTRACT §3 (72 h; "within W" is half-open, so a gap of
 * exactly W is outside, as core's RecontactWindow reads it). Moves a few base sessions (hosts) so
 * that their customer comes back about the intent of an earlier session (the anchor):
 *
 * <ul>
 *   <li>from the anchor's start, which decides whether the return is a new issue: 71 h and some
 *       minutes, W − 1 s, exactly W, W + 1 s, 73 h and some minutes;
 *   <li>from the end of an anchor that ended {@code resolved}, which decides whether that issue was
 *       resolved on first contact: W − 1 s, exactly W, W + 1 s.
 * </ul>
 *
 * Hosts and anchors are both the only session of a one-off customer, so the anchor is the latest
 * session of its customer and intent before the host and nothing else changes. {@code sessions /
 * 1000} cases of each kind (at least 1, at most 500) where the days leave room (a run of three days
 * or less has none). Draws from its own random stream, after the returns and before the repeats are
 * marked.
 */
final class BoundaryRecontacts {

  private static final Duration W = SessionPlanner.RECONTACT_WINDOW;
  private static final Duration SECOND = Duration.ofSeconds(1);
  private static final List<StartGap> FROM_START =
      List.of(
          new StartGap(Duration.ofHours(71), true),
          new StartGap(W.minus(SECOND), false),
          new StartGap(W, false),
          new StartGap(W.plus(SECOND), false),
          new StartGap(Duration.ofHours(73), true));
  private static final List<Duration> FROM_END = List.of(W.minus(SECOND), W, W.plus(SECOND));
  private static final int TRIES = 64;
  // Enough cases for any test; more would only cost scripting time in the planner.
  private static final int MAX_PER_KIND = 500;

  private final SplittableRandom r;
  private final Instant until;
  private final int perKind;
  // Identity sets and maps (Draft has no equals), only queried: their order never reaches output.
  private final Set<Draft> used = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Map<Draft, SessionPlan> scriptedAnchors = new IdentityHashMap<>();
  private Set<Long> sharedCustomers = Set.of();

  BoundaryRecontacts(GeneratorConfig config, RandomStreams streams) {
    this.r = streams.stream(Purpose.RECONTACT, 0);
    this.until = config.until();
    this.perKind = Math.max(1, Math.min(MAX_PER_KIND, config.sessions() / 1000));
  }

  /** Returns at a gap from the anchor's start; call after the returns are assigned. */
  void placeFromStarts(List<Draft> drafts) {
    sharedCustomers = sharedCustomers(drafts);
    for (StartGap kind : FROM_START) {
      for (int j = 0; j < perKind; j++) {
        Duration gap = kind.base().plusSeconds(kind.jitter() ? r.nextInt(3600) : 0);
        Draft anchor = pick(drafts, d -> d.start.plus(gap).isBefore(until));
        Draft host = anchor == null ? null : pick(drafts, d -> true);
        if (host != null) {
          move(host, anchor, anchor.start.plus(gap));
        }
      }
    }
  }

  /**
   * Returns at a gap from the end of an anchor that ended resolved; call after the repeats are
   * marked, then mark them again and call {@link #checkAnchors}.
   *
   * @param outcomes scripts a final plan
   */
  void placeFromEnds(List<Draft> drafts, Function<SessionPlan, ContactOutcome> outcomes) {
    Instant latest = until.minus(W).minus(Duration.ofHours(2));
    for (Duration gap : FROM_END) {
      for (int j = 0; j < perKind; j++) {
        for (int t = 0; t < TRIES; t++) {
          Draft anchor = pick(drafts, d -> d.start.isBefore(latest));
          if (anchor == null) {
            break;
          }
          used.add(anchor);
          SessionPlan plan = anchor.toPlan();
          ContactOutcome outcome = outcomes.apply(plan);
          Instant back = outcome.end().plus(gap);
          Draft host = outcome.resolved() && back.isBefore(until) ? pick(drafts, d -> true) : null;
          if (host != null) {
            scriptedAnchors.put(anchor, plan);
            move(host, anchor, back);
            break;
          }
        }
      }
    }
  }

  /**
   * Fails when marking the repeats again changed the plan of an anchor placed from its end, which
   * would move that end: a return from the end can only be placed after a plan that stays final.
   */
  void checkAnchors() {
    scriptedAnchors.forEach(
        (anchor, plan) -> {
          if (!anchor.toPlan().equals(plan)) {
            throw new IllegalStateException("re-contact anchor changed: " + plan.sessionId());
          }
        });
  }

  private void move(Draft host, Draft anchor, Instant start) {
    host.start = start;
    host.returnTo(anchor);
    used.add(anchor);
    used.add(host);
  }

  // A draft drawn at random that is the only session of a one-off customer, unused, and passes.
  private Draft pick(List<Draft> drafts, Predicate<Draft> also) {
    for (int t = 0; t < TRIES; t++) {
      Draft d = drafts.get(r.nextInt(drafts.size()));
      if (!used.contains(d) && alone(d) && also.test(d)) {
        return d;
      }
    }
    return null;
  }

  private boolean alone(Draft d) {
    return !d.injected()
        && !d.returning
        && d.customerNo == d.key
        && !sharedCustomers.contains(d.customerNo);
  }

  private static Set<Long> sharedCustomers(List<Draft> drafts) {
    Set<Long> shared = new HashSet<>();
    for (Draft d : drafts) {
      if (d.returning) {
        shared.add(d.customerNo);
      }
    }
    return shared;
  }

  /** A gap from the anchor's start, plus up to 59 min 59 s at random when {@code jitter}. */
  private record StartGap(Duration base, boolean jitter) {}
}
