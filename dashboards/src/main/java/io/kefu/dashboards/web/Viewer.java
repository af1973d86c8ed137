package io.kefu.dashboards.web;

import io.javalin.http.Context;
import io.kefu.dashboards.auth.DashboardUser;
import io.kefu.dashboards.auth.LoginSessions.LoginSession;
import io.kefu.dashboards.auth.Page;
import io.kefu.dashboards.query.ForbiddenException;

/** The logged-in user of a request, put there by the API's authentication filter. */
final class Viewer {

  static final String ATTRIBUTE = "kefu.login";

  private Viewer() {}

  static LoginSession session(Context ctx) {
    LoginSession session = ctx.attribute(ATTRIBUTE);
    if (session == null) {
      throw new IllegalStateException(
          "no login on " + ctx.path() + ": the auth filter did not run");
    }
    return session;
  }

  /** The user, after checking that their role may open {@code page}. */
  static DashboardUser of(Context ctx, Page page) {
    DashboardUser user = session(ctx).user();
    if (!page.allows(user.role())) {
      throw new ForbiddenException(
          "role " + user.role().wireName() + " may not open the " + page.id() + " page");
    }
    return user;
  }
}
