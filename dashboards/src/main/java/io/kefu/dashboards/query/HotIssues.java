package io.kefu.dashboards.query;

import io.kefu.clickhouse.ClickHouseGateway;
import io.kefu.clickhouse.KefuSchema;
import io.kefu.core.metrics.hot.SpikeSettings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The hot-issues page: top topics of the latest window and of the day, spike alerts grouped into
 * runs with the window each started in, emerging phrases with examples, and per-day trends of
 * intents and FAQ clusters. Topic counts per day come from {@code sessions} (a session counts once
 * however many windows it spans); the windows and spikes from {@code hot_topics}, as the stream
 * scored them.
 */
public final class HotIssues {

  /** Days of trend shown before the chosen day. */
  static final int TREND_DAYS = 14;

  private static final int TOP = 10;

  private final ClickHouseGateway gateway;
  private final Supplier<Map<String, String>> faqTitles;

  /**
   * @param faqTitles the production FAQ model's suggested titles by cluster id (read once a page)
   */
  public HotIssues(ClickHouseGateway gateway, Supplier<Map<String, String>> faqTitles) {
    this.gateway = gateway;
    this.faqTitles = faqTitles;
  }

  public Map<String, Object> page(Map<String, String> params) {
    List<String> days = new ArrayList<>();
    for (Map<String, Object> row :
        gateway.query(
            "SELECT DISTINCT day FROM " + gateway.qualify(KefuSchema.SESSIONS) + " ORDER BY day")) {
      days.add(Rows.asString(row, "day"));
    }
    LocalDate day = SqlValues.day(params, "day");
    if (day == null && !days.isEmpty()) {
      day = LocalDate.parse(days.get(days.size() - 1));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("days", days);
    out.put("day", day == null ? null : day.toString());
    if (day == null) {
      out.put("window_start", null);
      for (String key :
          List.of("top_now", "top_day", "spikes", "phrases", "intent_trend", "faq_trend")) {
        out.put(key, List.of());
      }
      return out;
    }
    String onDay = " WHERE day = " + SqlValues.dayLiteral(day);
    String topics = gateway.qualify(KefuSchema.HOT_TOPICS);
    long latest =
        gateway.queryLong("SELECT toUInt32(max(window_start)) AS w FROM " + topics + onDay);
    out.put(
        "window_start", latest == 0 ? null : java.time.Instant.ofEpochSecond(latest).toString());
    out.put(
        "top_now",
        gateway.query(
            "SELECT topic_kind, topic, sessions FROM "
                + topics
                + " FINAL"
                + onDay
                + " AND toUInt32(window_start) = "
                + latest
                + " ORDER BY sessions DESC, topic_kind, topic LIMIT "
                + TOP));
    Map<String, String> titles = faqTitles.get();
    out.put("top_day", topDay(day, titles));
    out.put("spikes", spikes(topics, onDay));
    out.put("phrases", phrases(onDay));
    String range =
        " WHERE day BETWEEN "
            + SqlValues.dayLiteral(day.minusDays(TREND_DAYS - 1))
            + " AND "
            + SqlValues.dayLiteral(day);
    out.put("intent_trend", trend("intent", range, 0));
    List<Map<String, Object>> faq = trend("faq_cluster", range, TOP);
    faq.forEach(
        row -> row.put("title", titles.getOrDefault(Rows.asString(row, "faq_cluster"), "")));
    out.put("faq_trend", faq);
    return out;
  }

  private List<Map<String, Object>> topDay(LocalDate day, Map<String, String> titles) {
    String sessions = gateway.qualify(KefuSchema.SESSIONS);
    String where = " FINAL WHERE day = " + SqlValues.dayLiteral(day);
    List<Map<String, Object>> rows = new ArrayList<>();
    rows.addAll(
        gateway.query(
            "SELECT 'intent' AS topic_kind, intent AS topic, count() AS sessions FROM "
                + sessions
                + where
                + " AND intent != '' GROUP BY intent ORDER BY sessions DESC, topic LIMIT "
                + TOP));
    for (Map<String, Object> row :
        gateway.query(
            "SELECT 'faq_cluster' AS topic_kind, faq_cluster AS topic, count() AS sessions FROM "
                + sessions
                + where
                + " AND faq_cluster != '' GROUP BY faq_cluster ORDER BY sessions DESC, topic LIMIT "
                + TOP)) {
      row.put("title", titles.getOrDefault(Rows.asString(row, "topic"), ""));
      rows.add(row);
    }
    return rows;
  }

  /** Flagged windows, one row per run of consecutive flagged windows of a topic. */
  private List<Map<String, Object>> spikes(String topics, String onDay) {
    long window = SpikeSettings.DEFAULT.windowSize().toSeconds();
    Map<String, List<Map<String, Object>>> byTopic = new TreeMap<>();
    for (Map<String, Object> row :
        gateway.query(
            "SELECT topic_kind, topic, toUInt32(window_start) AS w, sessions, baseline,"
                + " spike_score FROM "
                + topics
                + " FINAL"
                + onDay
                + " AND spike = 1 ORDER BY topic_kind, topic, w")) {
      byTopic
          .computeIfAbsent(
              Rows.asString(row, "topic_kind") + "\u0000" + Rows.asString(row, "topic"),
              k -> new ArrayList<>())
          .add(row);
    }
    List<Map<String, Object>> runs = new ArrayList<>();
    for (List<Map<String, Object>> windows : byTopic.values()) {
      Map<String, Object> run = null;
      long previous = Long.MIN_VALUE;
      for (Map<String, Object> w : windows) {
        long start = Rows.asLong(w, "w");
        if (run == null || start - previous > window) {
          run = new LinkedHashMap<>();
          run.put("topic_kind", w.get("topic_kind"));
          run.put("topic", w.get("topic"));
          run.put("started", Rows.isoSeconds(w, "w"));
          run.put("windows", 0);
          run.put("spike_score", 0.0);
          runs.add(run);
        }
        run.put("windows", (int) run.get("windows") + 1);
        run.put("window_start", Rows.isoSeconds(w, "w"));
        if (Rows.asDouble(w, "spike_score") > (double) run.get("spike_score")) {
          run.put("spike_score", Rows.asDouble(w, "spike_score"));
          run.put("sessions", Rows.asLong(w, "sessions"));
          run.put("baseline", Rows.asDouble(w, "baseline"));
        }
        previous = start;
      }
    }
    runs.sort(
        (a, b) -> String.valueOf(b.get("started")).compareTo(String.valueOf(a.get("started"))));
    return runs;
  }

  private List<Map<String, Object>> phrases(String onDay) {
    List<Map<String, Object>> rows =
        gateway.query(
            "SELECT phrase, sum(sessions) AS sessions, max(spike_score) AS spike_score,"
                + " max(spike) AS spike, min(toUInt32(window_start)) AS first_window,"
                + " any(examples) AS examples FROM "
                + gateway.qualify(KefuSchema.HOT_PHRASES)
                + " FINAL"
                + onDay
                + " GROUP BY phrase ORDER BY spike DESC, spike_score DESC, sessions DESC, phrase"
                + " LIMIT 20");
    rows.forEach(row -> row.put("window_start", Rows.isoSeconds(row, "first_window")));
    rows.forEach(row -> row.remove("first_window"));
    return rows;
  }

  /**
   * Sessions per day and value of {@code column}; with {@code top > 0} only the values with the
   * most sessions in the range (forty FAQ clusters in one chart say nothing).
   */
  private List<Map<String, Object>> trend(String column, String range, int top) {
    String table = gateway.qualify(KefuSchema.SESSIONS) + " FINAL";
    String only =
        top <= 0
            ? ""
            : " AND "
                + column
                + " IN (SELECT "
                + column
                + " FROM "
                + table
                + range
                + " AND "
                + column
                + " != '' GROUP BY "
                + column
                + " ORDER BY count() DESC, "
                + column
                + " LIMIT "
                + top
                + ")";
    return gateway.query(
        "SELECT day, "
            + column
            + ", count() AS sessions FROM "
            + table
            + range
            + " AND "
            + column
            + " != ''"
            + only
            + " GROUP BY day, "
            + column
            + " ORDER BY day, "
            + column);
  }
}
