package io.kefu.dashboards.query;

import java.time.Instant;
import java.util.Map;

/** Reading values out of the gateway's row maps (JSON numbers and strings). */
final class Rows {

  private Rows() {}

  static long asLong(Map<String, Object> row, String column) {
    Object value = row.get(column);
    if (value instanceof Number n) {
      return n.longValue();
    }
    return value == null || String.valueOf(value).isEmpty() ? 0 : Long.parseLong(value.toString());
  }

  static double asDouble(Map<String, Object> row, String column) {
    Object value = row.get(column);
    if (value instanceof Number n) {
      return n.doubleValue();
    }
    return value == null ? 0 : Double.parseDouble(value.toString());
  }

  static String asString(Map<String, Object> row, String column) {
    Object value = row.get(column);
    return value == null ? "" : value.toString();
  }

  /** An epoch-seconds column as an ISO-8601 UTC string. */
  static String isoSeconds(Map<String, Object> row, String column) {
    return Instant.ofEpochSecond(asLong(row, column)).toString();
  }

  /** {@code part / whole}, or null when nothing was counted. */
  static Double ratio(long part, long whole) {
    return whole == 0 ? null : (double) part / whole;
  }
}
