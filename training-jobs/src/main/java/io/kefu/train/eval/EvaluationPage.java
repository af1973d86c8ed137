package io.kefu.train.eval;

import static io.kefu.core.text.Html.escape;

import java.util.List;
import java.util.Locale;

/**
 * The evaluation as one self-contained HTML page (inline SVG, no scripts, no network): headline
 * figures of the model and the baseline, per-class F1 bars, the confusion matrix as a heat map and
 * the reliability diagram. Stored with the model as {@code evaluation.html}.
 */
public final class EvaluationPage {

  private EvaluationPage() {}

  /**
   * @param title e.g. {@code intent 3}
   * @param baseline the baseline's test matrix on the same split, or null
   */
  public static String render(String title, Evaluation model, ConfusionMatrix baseline) {
    StringBuilder h = new StringBuilder(16_384);
    h.append("<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>")
        .append(escape(title))
        .append("</title><style>body{font:14px system-ui,sans-serif;margin:24px;color:#222}")
        .append("table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px;")
        .append("text-align:right}th{background:#f4f4f4}</style><h1>")
        .append(escape(title))
        .append("</h1>");
    h.append("<table><tr><th></th><th>accuracy</th><th>macro-F1</th><th>test examples</th></tr>");
    row(h, "model (Deeplearning4j)", model.matrix());
    if (baseline != null) {
      row(h, "baseline (TF-IDF + logistic regression)", baseline);
    }
    h.append("</table><h2>F1 per class</h2>").append(f1Bars(model.matrix(), baseline));
    h.append("<h2>Confusion matrix (rows: truth, columns: prediction)</h2>")
        .append(heatMap(model.matrix()));
    h.append("<h2>Calibration</h2><p>Expected calibration error: ")
        .append(fmt(model.calibration().expectedCalibrationError()))
        .append("</p>")
        .append(reliability(model.calibration()))
        .append("</html>\n");
    return h.toString();
  }

  private static void row(StringBuilder h, String name, ConfusionMatrix m) {
    h.append("<tr><th>")
        .append(escape(name))
        .append("</th><td>")
        .append(fmt(m.accuracy()))
        .append("</td><td>")
        .append(fmt(m.macroF1()))
        .append("</td><td>")
        .append(m.total())
        .append("</td></tr>");
  }

  private static String f1Bars(ConfusionMatrix m, ConfusionMatrix baseline) {
    List<String> labels = m.labels();
    int rowH = 18;
    int labelW = 180;
    int barW = 400;
    StringBuilder s = svg(labelW + barW + 60, rowH * labels.size() + 10);
    for (int c = 0; c < labels.size(); c++) {
      int y = c * rowH + 4;
      s.append(text(labelW - 6, y + 12, "end", labels.get(c)));
      double f1 = m.f1(c);
      s.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"#3b7dd8\"/>",
              labelW,
              y,
              f1 * barW,
              rowH - 6));
      int b = baseline == null ? -1 : baseline.labels().indexOf(labels.get(c));
      if (b >= 0) {
        s.append(
            String.format(
                Locale.ROOT,
                "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"#d83b3b\" stroke-width=\"2\"/>",
                labelW + baseline.f1(b) * barW,
                labelW + baseline.f1(b) * barW,
                y - 1,
                y + rowH - 5));
      }
      s.append(text(labelW + (int) (f1 * barW) + 4, y + 12, "start", fmt(f1)));
    }
    return s.append("</svg><p>Bars: model; red marks: baseline.</p>").toString();
  }

  private static String heatMap(ConfusionMatrix m) {
    List<String> labels = m.labels();
    StringBuilder t = new StringBuilder("<table><tr><th></th>");
    for (int p = 0; p < labels.size(); p++) {
      t.append("<th>").append(p).append("</th>");
    }
    t.append("</tr>");
    for (int r = 0; r < labels.size(); r++) {
      long support = Math.max(1, m.support(r));
      t.append("<tr><th>").append(r).append(' ').append(escape(labels.get(r))).append("</th>");
      for (int p = 0; p < labels.size(); p++) {
        double share = (double) m.count(r, p) / support;
        String colour = r == p ? "59,125,216" : "216,59,59";
        t.append(
            String.format(
                Locale.ROOT,
                "<td style=\"background:rgba(%s,%.2f)\">%d</td>",
                colour,
                share,
                m.count(r, p)));
      }
      t.append("</tr>");
    }
    return t.append("</table>").toString();
  }

  private static String reliability(Calibration c) {
    int size = 300;
    int pad = 30;
    StringBuilder s = svg(size + 2 * pad, size + 2 * pad);
    s.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#999\"/>",
            pad,
            pad,
            size,
            size));
    s.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\" stroke-dasharray=\"4\"/>",
            pad,
            pad + size,
            pad + size,
            pad));
    double w = (double) size / c.bins();
    for (int b = 0; b < c.bins(); b++) {
      if (c.count(b) == 0) {
        continue;
      }
      double height = c.accuracy(b) * size;
      s.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#3b7dd8\" opacity=\"0.7\"><title>%d predictions, confidence %s, accuracy %s</title></rect>",
              pad + b * w + 1,
              pad + size - height,
              w - 2,
              height,
              c.count(b),
              fmt(c.meanConfidence(b)),
              fmt(c.accuracy(b))));
    }
    s.append(text(pad + size / 2, pad + size + 22, "middle", "confidence"));
    s.append(text(pad - 4, pad + 10, "end", "1"));
    return s.append("</svg><p>Bars: accuracy per confidence bin; dashed: perfect calibration.</p>")
        .toString();
  }

  private static StringBuilder svg(int width, int height) {
    return new StringBuilder(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-size=\"12\">",
            width,
            height));
  }

  private static String text(int x, int y, String anchor, String s) {
    return String.format(
        Locale.ROOT,
        "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\">%s</text>",
        x,
        y,
        anchor,
        escape(s));
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
