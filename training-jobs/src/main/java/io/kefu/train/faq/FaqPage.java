package io.kefu.train.faq;

import static io.kefu.core.text.Html.escape;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The FAQ clustering as one HTML page: the choice of k (a silhouette chart) and every cluster. */
public final class FaqPage {

  private FaqPage() {}

  public static String render(ObjectNode report, List<FaqCluster> clusters) {
    StringBuilder h =
        new StringBuilder("<!doctype html><html lang=\"zh\"><meta charset=\"utf-8\">");
    h.append("<title>FAQ clusters</title><style>body{font:14px system-ui,sans-serif;margin:24px}")
        .append(
            "td,th{border:1px solid #ccc;padding:2px 6px;vertical-align:top}table{border-collapse:collapse}")
        .append("</style><h1>FAQ clusters</h1><p>k = ")
        .append(report.path("k").asInt())
        .append(", silhouette ")
        .append(report.path("silhouette").asDouble());
    if (report.has("nmi")) {
      h.append(", NMI ")
          .append(report.path("nmi").asDouble())
          .append(", ARI ")
          .append(report.path("ari").asDouble());
    }
    h.append("</p>");
    if (report.has("silhouette_by_k")) {
      h.append("<h2>Silhouette by k</h2>").append(chart(report.path("silhouette_by_k")));
    }
    if (report.has("intents")) {
      h.append("<h2>Per intent</h2><table><tr><th>intent</th><th>questions</th><th>k</th>")
          .append("<th>silhouette</th><th>NMI</th><th>ARI</th></tr>");
      report
          .path("intents")
          .fields()
          .forEachRemaining(
              e ->
                  h.append("<tr><td>")
                      .append(escape(e.getKey()))
                      .append("</td><td>")
                      .append(e.getValue().path("questions").asInt())
                      .append("</td><td>")
                      .append(e.getValue().path("k").asInt())
                      .append("</td><td>")
                      .append(e.getValue().path("silhouette").asText("—"))
                      .append("</td><td>")
                      .append(report.path("nmi_by_intent").path(e.getKey()).asText("—"))
                      .append("</td><td>")
                      .append(report.path("ari_by_intent").path(e.getKey()).asText("—"))
                      .append("</td></tr>"));
      h.append("</table>");
    }
    h.append("<h2>Clusters</h2><table><tr><th>id</th><th>intent</th><th>size</th>")
        .append("<th>suggested title</th><th>keywords</th><th>representative questions</th></tr>");
    List<FaqCluster> bySize = new ArrayList<>(clusters);
    bySize.sort(
        Comparator.comparing((FaqCluster c) -> c.intent() == null ? "" : c.intent())
            .thenComparing(Comparator.comparingInt(FaqCluster::size).reversed()));
    for (FaqCluster c : bySize) {
      h.append("<tr><td>")
          .append(c.id())
          .append("</td><td>")
          .append(escape(c.intent() == null ? "" : c.intent()))
          .append("</td><td>")
          .append(c.size())
          .append("</td><td>")
          .append(escape(c.title()))
          .append("</td><td>")
          .append(escape(String.join("、", c.keywords())))
          .append("</td><td>")
          .append(escape(String.join(" | ", c.representatives())))
          .append("</td></tr>");
    }
    return h.append("</table></html>\n").toString();
  }

  private static String chart(com.fasterxml.jackson.databind.JsonNode byK) {
    int w = 480;
    int hgt = 160;
    List<double[]> points = new ArrayList<>();
    byK.fields()
        .forEachRemaining(
            e ->
                points.add(new double[] {Double.parseDouble(e.getKey()), e.getValue().asDouble()}));
    if (points.isEmpty()) {
      return "";
    }
    double minK = points.get(0)[0];
    double maxK = Math.max(minK + 1, points.get(points.size() - 1)[0]);
    StringBuilder s =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-size=\"11\"><polyline fill=\"none\" stroke=\"#3b7dd8\" stroke-width=\"2\" points=\"",
                w + 40,
                hgt + 30));
    for (double[] p : points) {
      s.append(
          String.format(
              Locale.ROOT,
              "%.1f,%.1f ",
              30 + (p[0] - minK) / (maxK - minK) * w,
              hgt - Math.max(0, p[1]) * hgt));
    }
    s.append("\"/>");
    for (double[] p : points) {
      s.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>",
              30 + (p[0] - minK) / (maxK - minK) * w,
              hgt + 20,
              (int) p[0]));
    }
    return s.append("</svg>").toString();
  }
}
