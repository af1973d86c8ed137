package io.kefu.dashboards.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.kefu.dashboards.auth.DashboardUser;
import io.kefu.dashboards.auth.Page;
import io.kefu.dashboards.query.BadRequestException;
import io.kefu.dashboards.query.CsvExport;
import io.kefu.dashboards.query.DataHealth;
import io.kefu.dashboards.query.ForbiddenException;
import io.kefu.dashboards.query.HotIssues;
import io.kefu.dashboards.query.ModelsView;
import io.kefu.dashboards.query.QaReview;
import io.kefu.dashboards.query.ReviewActions;
import io.kefu.dashboards.query.ServiceQuality;
import io.kefu.dashboards.query.SessionList;
import io.kefu.dashboards.query.Transcript;
import io.kefu.qa.review.QaReviewStore;
import io.kefu.qa.review.QaRole;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The page APIs of docs/dashboards-api.md, each checking the viewer's role first. */
final class ApiRoutes {

  private final HotIssues hot;
  private final ServiceQuality quality;
  private final QaReview qa;
  private final Transcript transcript;
  private final ReviewActions review;
  private final SessionList sessions;
  private final ModelsView models;
  private final DataHealth data;

  ApiRoutes(DashboardServices services) {
    this.models = new ModelsView(services.registry());
    this.hot = new HotIssues(services.gateway(), models::faqTitles);
    this.quality = new ServiceQuality(services.gateway());
    QaReviewStore store = new QaReviewStore(services.gateway(), services.clock());
    this.qa = new QaReview(services.gateway(), store);
    this.transcript = new Transcript(services.gateway(), store);
    this.review = new ReviewActions(services.gateway(), store);
    this.sessions = new SessionList(services.gateway());
    this.data = new DataHealth(services.gateway(), services.ingestReports());
  }

  void register(RoutesConfig routes) {
    routes.get("/api/hot", ctx -> ctx.json(hot.page(params(ctx, Page.HOT))));
    routes.get(
        "/api/quality", ctx -> ctx.json(quality.page(params(ctx), Viewer.of(ctx, Page.QUALITY))));
    routes.get("/api/qa/inspections", ctx -> ctx.json(qa.queue(params(ctx), qaViewer(ctx))));
    routes.get("/api/qa/spotlight", ctx -> ctx.json(qa.spotlight(qaViewer(ctx))));
    routes.get(
        "/api/qa/sessions/{id}",
        ctx -> ctx.json(transcript.session(ctx.pathParam("id"), qaViewer(ctx))));
    routes.post("/api/qa/verdicts", ctx -> ctx.json(review.verdict(body(ctx), manager(ctx))));
    routes.post("/api/qa/appeals", ctx -> ctx.json(review.appeal(body(ctx), qaViewer(ctx))));
    routes.post("/api/qa/appeals/ruling", ctx -> ctx.json(review.ruling(body(ctx), manager(ctx))));
    routes.get("/api/qa/appeals", ctx -> ctx.json(review.appeals(params(ctx), qaViewer(ctx))));
    routes.get(
        "/api/qa/calibration",
        ctx -> {
          manager(ctx);
          ctx.json(qa.calibration());
        });
    routes.get(
        "/api/qa/coverage",
        ctx -> {
          qaViewer(ctx);
          ctx.json(qa.coverage());
        });
    routes.get(
        "/api/sessions",
        ctx -> ctx.json(sessions.page(params(ctx), Viewer.of(ctx, Page.SESSIONS))));
    routes.get("/api/sessions.csv", this::exportSessions);
    routes.get(
        "/api/models",
        ctx -> {
          Viewer.of(ctx, Page.MODELS);
          ctx.json(models.models());
        });
    routes.get(
        "/api/models/{name}/history",
        ctx -> {
          Viewer.of(ctx, Page.MODELS);
          ctx.json(models.history(ctx.pathParam("name")));
        });
    routes.get(
        "/api/models/{name}/versions/{version}/evaluation",
        ctx -> {
          Viewer.of(ctx, Page.MODELS);
          String page = models.evaluationPage(ctx.pathParam("name"), ctx.pathParam("version"));
          // the trainer's page is shown as it is, its scripts (if any) never run
          ctx.header(
              "Content-Security-Policy",
              "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox");
          ctx.contentType("text/html; charset=utf-8").result(page);
        });
    routes.get(
        "/api/data",
        ctx -> {
          Viewer.of(ctx, Page.DATA);
          ctx.json(data.page());
        });
  }

  private void exportSessions(Context ctx) {
    DashboardUser viewer = Viewer.of(ctx, Page.SESSIONS);
    List<Map<String, Object>> rows = sessions.export(params(ctx), viewer);
    String file = "kefu-sessions-" + LocalDate.now(ZoneId.of("Asia/Shanghai")) + ".csv";
    ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
    if (rows.size() == SessionList.EXPORT_LIMIT) {
      ctx.header("X-Kefu-Truncated", "first " + SessionList.EXPORT_LIMIT + " rows");
    }
    ctx.contentType("text/csv; charset=utf-8")
        .result(CsvExport.write(SessionList.COLUMNS, rows).getBytes(StandardCharsets.UTF_8));
  }

  private static DashboardUser qaViewer(Context ctx) {
    return Viewer.of(ctx, Page.QA);
  }

  /** Verdicts, rulings and calibration are the QA managers' (and the admin's). */
  private static DashboardUser manager(Context ctx) {
    DashboardUser user = Viewer.of(ctx, Page.QA);
    if (user.role() != QaRole.QA_MANAGER && user.role() != QaRole.ADMIN) {
      throw new ForbiddenException("only a QA manager reviews and rules");
    }
    return user;
  }

  private static Map<String, String> params(Context ctx, Page page) {
    Viewer.of(ctx, page);
    return params(ctx);
  }

  private static Map<String, String> params(Context ctx) {
    Map<String, String> params = new HashMap<>();
    ctx.queryParamMap()
        .forEach((name, values) -> params.put(name, values.isEmpty() ? null : values.get(0)));
    return params;
  }

  private static Map<String, Object> body(Context ctx) {
    try {
      @SuppressWarnings("unchecked")
      Map<String, Object> body = ctx.bodyAsClass(Map.class);
      if (body == null) {
        throw new BadRequestException("the request needs a JSON object body");
      }
      return body;
    } catch (BadRequestException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new BadRequestException("the request body is not a JSON object");
    }
  }
}
