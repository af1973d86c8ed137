package io.kefu.dashboards.auth;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Logged-in browser sessions, in memory: a restart logs everyone out, which a small team's
 * dashboard accepts in exchange for no session table. Each session has a random 256-bit id (the
 * cookie) and its own CSRF token; it ends after {@link #IDLE} without a request.
 */
public final class LoginSessions {

  /** How long a session lives without a request. */
  public static final Duration IDLE = Duration.ofHours(8);

  private static final SecureRandom RANDOM = new SecureRandom();

  /** One logged-in browser. */
  public record LoginSession(String id, DashboardUser user, String csrfToken) {

    /** Whether {@code token} is this session's CSRF token (compared in constant time). */
    public boolean csrfMatches(String token) {
      return token != null
          && MessageDigest.isEqual(
              csrfToken.getBytes(java.nio.charset.StandardCharsets.UTF_8),
              token.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  private record Entry(LoginSession session, Instant lastSeen) {}

  private final Map<String, Entry> sessions = new ConcurrentHashMap<>();
  private final Clock clock;

  public LoginSessions(Clock clock) {
    this.clock = clock;
  }

  public LoginSession open(DashboardUser user) {
    LoginSession session = new LoginSession(randomToken(), user, randomToken());
    sessions.put(session.id(), new Entry(session, clock.instant()));
    return session;
  }

  /** The live session of a cookie value, its idle time reset; empty when unknown or expired. */
  public Optional<LoginSession> find(String id) {
    if (id == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Entry entry = sessions.get(id);
    if (entry == null) {
      return Optional.empty();
    }
    if (entry.lastSeen().plus(IDLE).isBefore(now)) {
      sessions.remove(id);
      return Optional.empty();
    }
    sessions.put(id, new Entry(entry.session(), now));
    return Optional.of(entry.session());
  }

  public void close(String id) {
    if (id != null) {
      sessions.remove(id);
    }
  }

  private static String randomToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
