package io.kefu.dashboards.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import io.kefu.dashboards.auth.DashboardUser;
import io.kefu.dashboards.auth.LoginSessions;
import io.kefu.dashboards.auth.LoginSessions.LoginSession;
import io.kefu.dashboards.auth.LoginThrottle;
import io.kefu.dashboards.auth.Page;
import io.kefu.dashboards.auth.Passwords;
import io.kefu.dashboards.auth.UserFile;
import io.kefu.dashboards.query.BadRequestException;
import io.kefu.dashboards.query.ForbiddenException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Login, logout and "who am I". The session id travels only in an HttpOnly, SameSite=Strict cookie
 * (Secure when the request came over HTTPS, directly or through a proxy that says so); the CSRF
 * token is handed to the page in the JSON body and must come back in {@code X-CSRF-Token} on every
 * state change.
 */
final class AuthApi {

  static final String COOKIE = "kefu_session";
  static final String CSRF_HEADER = "X-CSRF-Token";

  private final UserFile users;
  private final LoginSessions sessions;
  private final LoginThrottle throttle;

  AuthApi(UserFile users, LoginSessions sessions, LoginThrottle throttle) {
    this.users = users;
    this.sessions = sessions;
    this.throttle = throttle;
  }

  /** The session of the request's cookie, if it is live. */
  Optional<LoginSession> current(Context ctx) {
    return sessions.find(ctx.cookie(COOKIE));
  }

  void login(Context ctx) {
    // A login form posted from another site would log the victim into the attacker's account.
    String origin = ctx.header("Origin");
    if (origin != null
        && !origin.equals("http://" + ctx.host())
        && !origin.equals("https://" + ctx.host())) {
      throw new ForbiddenException("login from another origin (" + origin + ") is refused");
    }
    Map<?, ?> body;
    try {
      body = ctx.bodyAsClass(Map.class);
    } catch (RuntimeException e) {
      throw new BadRequestException("the login body is JSON {\"username\", \"password\"}");
    }
    String username = String.valueOf(body.get("username"));
    String password = body.get("password") instanceof String p ? p : null;
    if (throttle.locked(username)) {
      ctx.status(429).json(Map.of("error", "too many failed logins; try again in a few minutes"));
      return;
    }
    Optional<DashboardUser> user = users.find(username);
    if (!Passwords.matches(password, user.map(DashboardUser::passwordHash).orElse(null))) {
      throttle.failed(username);
      ctx.status(401).json(Map.of("error", "wrong user name or password"));
      return;
    }
    throttle.succeeded(username);
    current(ctx).ifPresent(old -> sessions.close(old.id()));
    LoginSession session = sessions.open(user.get());
    ctx.cookie(new Cookie(COOKIE, session.id(), "/", -1, secure(ctx), true, null, SameSite.STRICT));
    ctx.json(me(session));
  }

  void logout(Context ctx) {
    current(ctx).ifPresent(s -> sessions.close(s.id()));
    ctx.cookie(new Cookie(COOKIE, "", "/", 0, secure(ctx), true, null, SameSite.STRICT));
    ctx.status(204);
  }

  void me(Context ctx) {
    ctx.json(me(Viewer.session(ctx)));
  }

  static Map<String, Object> me(LoginSession session) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("username", session.user().username());
    out.put("role", session.user().role().wireName());
    out.put("agent_id", session.user().agentId());
    out.put("csrf", session.csrfToken());
    out.put("pages", Page.visibleTo(session.user().role()));
    return out;
  }

  private static boolean secure(Context ctx) {
    return "https".equalsIgnoreCase(ctx.scheme())
        || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
  }
}
