package io.kefu.dashboards.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.qa.review.QaRole;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class LoginSessionsTest {

  private final AtomicReference<Instant> now =
      new AtomicReference<>(Instant.parse("2026-12-01T08:00:00Z"));
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now.get();
        }
      };
  private final DashboardUser user = new DashboardUser("li", QaRole.PRODUCT, "", "$2a$10$x");

  @Test
  void aSessionLivesWhileUsedAndEndsWhenIdle() {
    LoginSessions sessions = new LoginSessions(clock);
    LoginSessions.LoginSession session = sessions.open(user);
    assertThat(session.id()).hasSizeGreaterThanOrEqualTo(43).isNotEqualTo(session.csrfToken());
    now.set(now.get().plus(LoginSessions.IDLE.minusMinutes(1)));
    assertThat(sessions.find(session.id())).isPresent();
    now.set(now.get().plus(LoginSessions.IDLE.minusMinutes(1)));
    assertThat(sessions.find(session.id())).as("the last request reset the idle time").isPresent();
    now.set(now.get().plus(LoginSessions.IDLE.plusSeconds(1)));
    assertThat(sessions.find(session.id())).isEmpty();
    assertThat(sessions.find(null)).isEmpty();
  }

  @Test
  void csrfTokensCompareExactly() {
    LoginSessions.LoginSession session = new LoginSessions(clock).open(user);
    assertThat(session.csrfMatches(session.csrfToken())).isTrue();
    assertThat(session.csrfMatches(session.csrfToken() + "x")).isFalse();
    assertThat(session.csrfMatches(null)).isFalse();
  }

  @Test
  void fiveFailuresLockANameForTheWindow() {
    LoginThrottle throttle = new LoginThrottle(clock);
    for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
      assertThat(throttle.locked("li")).isFalse();
      throttle.failed("li");
    }
    assertThat(throttle.locked("li")).isTrue();
    assertThat(throttle.locked("wang")).isFalse();
    now.set(now.get().plus(LoginThrottle.WINDOW).plus(Duration.ofSeconds(1)));
    assertThat(throttle.locked("li")).isFalse();
  }
}
