package io.kefu.dashboards.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@link #MAX_FAILURES} failed logins for one user name within
 * {@link #WINDOW}, that name is refused until the window has passed since the last failure.
 */
public final class LoginThrottle {

  static final int MAX_FAILURES = 5;
  static final Duration WINDOW = Duration.ofMinutes(5);

  private record Failures(int count, Instant last) {}

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();
  private final Clock clock;

  public LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  public boolean locked(String username) {
    Failures f = failures.get(username);
    return f != null && f.count() >= MAX_FAILURES && f.last().plus(WINDOW).isAfter(clock.instant());
  }

  public void failed(String username) {
    Instant now = clock.instant();
    failures.merge(
        username,
        new Failures(1, now),
        (old, one) ->
            old.last().plus(WINDOW).isBefore(now) ? one : new Failures(old.count() + 1, now));
  }

  public void succeeded(String username) {
    failures.remove(username);
  }
}
