package io.kefu.dashboards.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.kefu.clickhouse.ClickHouseException;
import io.kefu.dashboards.auth.LoginSessions;
import io.kefu.dashboards.auth.LoginSessions.LoginSession;
import io.kefu.dashboards.auth.LoginThrottle;
import io.kefu.dashboards.auth.Page;
import io.kefu.dashboards.query.BadRequestException;
import io.kefu.dashboards.query.ForbiddenException;
import io.kefu.dashboards.query.NotFoundException;
import io.kefu.qa.review.ReviewRefusedException;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dashboards' web server (Javalin): static pages from the classpath, the JSON API under {@code
 * /api/} (docs/dashboards-api.md) behind a login, CSRF-checked state changes and security headers
 * on every answer.
 */
public final class DashboardServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(DashboardServer.class);

  // Pages load only their own scripts; ECharts sets inline styles, hence 'unsafe-inline' for style.
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; connect-src 'self'; frame-ancestors 'none';"
          + " base-uri 'none'; form-action 'self'";

  private final Javalin app;

  private DashboardServer(Javalin app) {
    this.app = app;
  }

  /**
   * Starts serving.
   *
   * @param port 0 picks a free port (tests)
   */
  public static DashboardServer start(DashboardServices services, String host, int port) {
    AuthApi auth =
        new AuthApi(
            services.users(),
            new LoginSessions(services.clock()),
            new LoginThrottle(services.clock()));
    ApiRoutes api = new ApiRoutes(services);
    Javalin app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.jsonMapper(new JavalinJackson(new ObjectMapper(), false));
              config.staticFiles.add(
                  files -> {
                    files.hostedPath = "/";
                    files.directory = "/static";
                    files.location = Location.CLASSPATH;
                  });
              config.routes.before(DashboardServer::securityHeaders);
              config.routes.before("/api/*", ctx -> authenticate(ctx, auth));
              config.routes.get("/", ctx -> ctx.redirect(home(ctx, auth)));
              config.routes.get("/health", ctx -> ctx.result("ok"));
              config.routes.post("/api/login", auth::login);
              config.routes.post("/api/logout", auth::logout);
              config.routes.get("/api/me", auth::me);
              api.register(config.routes);
              config.routes.exception(BadRequestException.class, (e, ctx) -> error(ctx, 400, e));
              config.routes.exception(ForbiddenException.class, (e, ctx) -> error(ctx, 403, e));
              config.routes.exception(NotFoundException.class, (e, ctx) -> error(ctx, 404, e));
              config.routes.exception(ReviewRefusedException.class, (e, ctx) -> error(ctx, 409, e));
              config.routes.exception(
                  ClickHouseException.class,
                  (e, ctx) -> {
                    LOG.warn("ClickHouse failed on {}", ctx.path(), e);
                    ctx.status(503)
                        .json(Map.of("error", "ClickHouse unavailable: " + e.getMessage()));
                  });
              config.routes.exception(
                  Exception.class,
                  (e, ctx) -> {
                    LOG.error("dashboard request {} {} failed", ctx.method(), ctx.path(), e);
                    ctx.status(500).json(Map.of("error", "internal error; see the server log"));
                  });
            });
    app.start(host, port);
    LOG.debug("dashboards on http://{}:{}/", host, app.port());
    return new DashboardServer(app);
  }

  public int port() {
    return app.port();
  }

  private static void securityHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (ctx.path().startsWith("/api/")) {
      ctx.header("Cache-Control", "no-store");
    }
  }

  // Every API call but login needs a live session; every state change its CSRF token too.
  private static void authenticate(Context ctx, AuthApi auth) {
    if (ctx.path().equals("/api/login")) {
      return;
    }
    Optional<LoginSession> session = auth.current(ctx);
    if (session.isEmpty()) {
      ctx.status(401).json(Map.of("error", "not logged in"));
      ctx.skipRemainingHandlers();
      return;
    }
    if (ctx.method() != HandlerType.GET
        && ctx.method() != HandlerType.HEAD
        && ctx.method() != HandlerType.OPTIONS
        && !session.get().csrfMatches(ctx.header(AuthApi.CSRF_HEADER))) {
      ctx.status(403).json(Map.of("error", "missing or wrong CSRF token"));
      ctx.skipRemainingHandlers();
      return;
    }
    ctx.attribute(Viewer.ATTRIBUTE, session.get());
  }

  private static String home(Context ctx, AuthApi auth) {
    return auth.current(ctx)
        .map(s -> "/" + Page.visibleTo(s.user().role()).get(0) + ".html")
        .orElse("/login.html");
  }

  private static void error(Context ctx, int status, Exception e) {
    ctx.status(status).json(Map.of("error", String.valueOf(e.getMessage())));
  }

  @Override
  public void close() {
    app.stop();
  }
}
