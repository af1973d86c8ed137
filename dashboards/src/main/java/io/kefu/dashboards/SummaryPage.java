package io.kefu.dashboards;

import static io.kefu.core.text.Html.escape;

import java.util.List;
import java.util.Map;

/** Renders the pipeline summary as a small self-contained HTML page (no external assets). */
final class SummaryPage {

  private SummaryPage() {}

  static String render(Map<String, Object> model) {
    StringBuilder html = new StringBuilder(4096);
    html.append("<!doctype html><html lang=\"zh\"><head><meta charset=\"utf-8\">")
        .append("<title>Kefu Insight</title><style>")
        .append("body{font-family:sans-serif;margin:2em;color:#222}")
        .append("table{border-collapse:collapse;margin-bottom:2em}")
        .append("td,th{border:1px solid #ccc;padding:4px 10px;text-align:right}")
        .append("th{background:#f0f0f0}</style></head><body>")
        .append("<h1>Kefu Insight</h1><h2>Events in ClickHouse by day (Asia/Shanghai)</h2>");
    table(
        html,
        DashboardServer.rows(model, "events_by_day"),
        List.of("day", "type", "events", "sessions"));
    html.append("<h2>Dead letters by reason</h2>");
    table(
        html, DashboardServer.rows(model, "dead_letters_by_reason"), List.of("reason", "records"));
    return html.append("</body></html>").toString();
  }

  private static void table(
      StringBuilder html, List<Map<String, Object>> rows, List<String> columns) {
    html.append("<table><tr>");
    columns.forEach(c -> html.append("<th>").append(escape(c)).append("</th>"));
    html.append("</tr>");
    for (Map<String, Object> row : rows) {
      html.append("<tr>");
      columns.forEach(
          c -> html.append("<td>").append(escape(String.valueOf(row.get(c)))).append("</td>"));
      html.append("</tr>");
    }
    html.append("</table>");
  }
}
