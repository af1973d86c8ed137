package io.kefu.clickhouse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ClickHouse tables of CONTRACT §4, created idempotently. The SQL keeps to what ClickHouse
 * 18.16 and current releases both accept: {@code ReplacingMergeTree(version)} so that reading with
 * {@code FINAL} gives each key once however often a job replays or restarts; plain {@code DateTime}
 * holding UTC instants (an explicit {@code day}, computed in Asia/Shanghai by the writer, carries
 * the calendar day); {@code String} dimension columns, with {@code ''} for "none", because 18.16
 * has no {@code LowCardinality} by default and keys may not be {@code Nullable}.
 */
public final class KefuSchema {

  public static final String MESSAGES = "messages";
  public static final String SESSIONS = "sessions";
  public static final String FCR_DAILY = "fcr_daily";
  public static final String CSAT_DAILY = "csat_daily";
  public static final String HOT_TOPICS = "hot_topics";
  public static final String HOT_PHRASES = "hot_phrases";
  public static final String AGENT_TIMING_DAILY = "agent_timing_daily";
  public static final String QA_COVERAGE_DAILY = "qa_coverage_daily";
  public static final String LATE_EVENTS = "late_events";
  public static final String QA_INSPECTIONS = "qa_inspections";
  public static final String QA_VIOLATIONS = "qa_violations";
  public static final String QA_REVIEWS = "qa_reviews";
  public static final String DEAD_LETTERS = "dead_letters";

  /** Every table, in creation order. */
  public static final List<String> TABLES =
      List.of(
          MESSAGES,
          SESSIONS,
          FCR_DAILY,
          CSAT_DAILY,
          HOT_TOPICS,
          HOT_PHRASES,
          AGENT_TIMING_DAILY,
          QA_INSPECTIONS,
          QA_VIOLATIONS,
          QA_REVIEWS,
          QA_COVERAGE_DAILY,
          DEAD_LETTERS,
          LATE_EVENTS);

  private KefuSchema() {}

  /**
   * Creates the database and every table that does not exist yet, and adds the columns a table
   * created by an earlier release lacks (an upgrade keeps its data; new columns read as defaults).
   */
  public static void create(ClickHouseGateway gateway) {
    gateway.execute("CREATE DATABASE IF NOT EXISTS " + gateway.database());
    for (String table : TABLES) {
      gateway.execute(createStatement(gateway.database(), table));
      addMissingColumns(gateway, table);
    }
  }

  /** The names of the columns {@code table} of the gateway's database has now. */
  public static Set<String> columnsPresent(ClickHouseGateway gateway, String table) {
    Set<String> present = new HashSet<>();
    for (Map<String, Object> row :
        gateway.query(
            "SELECT name FROM system.columns WHERE database = '"
                + gateway.database()
                + "' AND table = '"
                + table
                + "'")) {
      present.add(String.valueOf(row.get("name")));
    }
    return present;
  }

  private static void addMissingColumns(ClickHouseGateway gateway, String table) {
    Set<String> present = columnsPresent(gateway, table);
    for (String column : columnDefinitions(table)) {
      String name = column.substring(0, column.indexOf(' '));
      if (!present.contains(name)) {
        gateway.execute("ALTER TABLE " + gateway.qualify(table) + " ADD COLUMN " + column);
      }
    }
  }

  /** The table's columns as {@code name Type}, in order. */
  static List<String> columnDefinitions(String table) {
    List<String> out = new ArrayList<>();
    String all = columns(table);
    int depth = 0;
    int start = 0;
    for (int i = 0; i < all.length(); i++) {
      char c = all.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (c == ',' && depth == 0) {
        out.add(all.substring(start, i).strip());
        start = i + 1;
      }
    }
    out.add(all.substring(start).strip());
    return out;
  }

  /** The CREATE TABLE IF NOT EXISTS statement of one table. */
  public static String createStatement(String database, String table) {
    return "CREATE TABLE IF NOT EXISTS "
        + database
        + "."
        + table
        + " ("
        + columns(table)
        + ") ENGINE = ReplacingMergeTree(version) "
        + layout(table);
  }

  private static String columns(String table) {
    return switch (table) {
      case MESSAGES ->
          "day Date, ts DateTime, ts_millis UInt64, event_id String, type String,"
              + " session_id String, customer_id String, agent_id String, channel String,"
              + " role String, text String, end_reason String, rating UInt8,"
              + " intent String, sentiment String, intent_model String, sentiment_model String,"
              + " version UInt64";
      case SESSIONS ->
          "day Date, session_id String, customer_id String, agent_id String,"
              + " channel String, start_ts DateTime, end_ts DateTime, duration_s UInt32,"
              + " turns UInt32, first_response_s Int32, transfers UInt16, end_reason String,"
              + " rating UInt8, intent String, faq_cluster String, version UInt64";
      case FCR_DAILY ->
          "day Date, intent String, channel String, agent_id String,"
              + " issues UInt64, resolved_first_contact UInt64, final UInt8, version UInt64";
      case CSAT_DAILY ->
          "day Date, intent String, channel String, agent_id String,"
              + " rated UInt64, satisfied UInt64, rating_sum UInt64, ended UInt64, version UInt64";
      case HOT_TOPICS ->
          "day Date, window_start DateTime, topic_kind String, topic String,"
              + " sessions UInt64, baseline Float64, spike_score Float64, spike UInt8,"
              + " rank UInt16, version UInt64";
      case HOT_PHRASES ->
          "day Date, window_start DateTime, phrase String,"
              + " sessions UInt64, baseline Float64, spike_score Float64, spike UInt8,"
              + " rank UInt16, examples Array(String), version UInt64";
      case AGENT_TIMING_DAILY ->
          "day Date, agent_id String, sessions UInt64, answered UInt64,"
              + " first_response_seconds_sum UInt64, first_response_within_sla UInt64,"
              + " replies UInt64, reply_delay_seconds_sum UInt64, replies_within_sla UInt64,"
              + " max_reply_delay_seconds UInt64, version UInt64";
      case QA_INSPECTIONS ->
          "day Date, session_id String, agent_id String, channel String,"
              + " score UInt8, violations UInt16, critical UInt8, review_queued UInt8,"
              + " rule_set_version String, sentiment_source String,"
              + " inspected_at DateTime, version UInt64";
      case QA_VIOLATIONS ->
          "day Date, session_id String, rule_id String, severity String, weight UInt8,"
              + " message_index Int32, evidence String, explanation String,"
              + " inspected_at DateTime, version UInt64";
      case QA_REVIEWS ->
          "day Date, violation_key String, kind String, reviewer String,"
              + " session_id String, rule_id String, message_index Int32,"
              + " verdict String, comment String, reviewed_at DateTime, agent_id String,"
              + " ruling String, ruled_by String, ruling_comment String, ruled_at DateTime,"
              + " version UInt64";
      case QA_COVERAGE_DAILY -> "day Date, ended UInt64, inspected UInt64, version UInt64";
      case DEAD_LETTERS ->
          "day Date, received_at DateTime, source String, location String,"
              + " event_id String, reason String, detail String, raw String, version UInt64";
      case LATE_EVENTS ->
          "day Date, event_id String, session_id String, type String, ts DateTime,"
              + " watermark DateTime, handling String, version UInt64";
      default -> throw new IllegalArgumentException("no such table in CONTRACT §4: " + table);
    };
  }

  /** The columns that identify a row of the table (its ORDER BY), so FINAL keeps one. */
  public static List<String> keyColumns(String table) {
    return switch (table) {
      case MESSAGES -> List.of("session_id", "event_id");
      case SESSIONS, QA_INSPECTIONS -> List.of("session_id");
      case FCR_DAILY, CSAT_DAILY -> List.of("day", "intent", "channel", "agent_id");
      case HOT_TOPICS -> List.of("window_start", "topic_kind", "topic");
      case HOT_PHRASES -> List.of("window_start", "phrase");
      case AGENT_TIMING_DAILY -> List.of("day", "agent_id");
      case QA_COVERAGE_DAILY -> List.of("day");
      case LATE_EVENTS -> List.of("session_id", "event_id");
      case QA_VIOLATIONS -> List.of("session_id", "rule_id", "message_index");
      case QA_REVIEWS -> List.of("violation_key", "kind", "reviewer");
      case DEAD_LETTERS -> List.of("source", "location");
      default -> throw new IllegalArgumentException("no such table in CONTRACT §4: " + table);
    };
  }

  // Partitions by month of the row's day: a key always maps to one partition, which
  // ReplacingMergeTree needs to collapse its versions. qa_reviews is one unpartitioned part set:
  // its day is the day of the action, and a reviewer's later verdict on the same violation (one row
  // per verdict, kind 'verdict'; per appeal, kind 'appeal' with reviewer '' and its ruling columns
  // '' until ruled) may come in another month.
  private static String layout(String table) {
    String orderBy = "ORDER BY (" + String.join(", ", keyColumns(table)) + ")";
    return QA_REVIEWS.equals(table) ? orderBy : "PARTITION BY toYYYYMM(day) " + orderBy;
  }
}
