package io.kefu.dashboards.query;

import io.kefu.clickhouse.SqlLiteral;
import io.kefu.core.qa.QaRuleId;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Filter values for SQL. ClickHouse 18.16 has no query parameters, so every value a user sends is
 * first parsed into its type (a date, an integer in range, an identifier of a known shape) and
 * refused with {@link BadRequestException} otherwise; strings are then written as quoted literals
 * with backslash and quote escaped. A value cannot end the literal, so it cannot change the SQL.
 */
public final class SqlValues {

  // Agent, channel, intent and FAQ-cluster ids: letters (Chinese too), digits and _ . : @ -.
  private static final Pattern IDENTIFIER = Pattern.compile("[\\p{L}\\p{N}_.:@\\-]{1,100}");

  private static final Pattern IDENTIFIER_CHARS = Pattern.compile("[\\p{L}\\p{N}_.:@\\-]+");

  private SqlValues() {}

  /** A ClickHouse string literal (the gateway module's one escaping). */
  public static String literal(String value) {
    return SqlLiteral.of(value);
  }

  /** The parameter as an identifier literal, or null when absent or blank. */
  public static String identifier(Map<String, String> params, String name) {
    String value = params.get(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    value = value.strip();
    if (!IDENTIFIER.matcher(value).matches()) {
      throw new BadRequestException(
          name + " must be 1-100 letters, digits or _ . : @ -, not '" + shorten(value) + "'");
    }
    return literal(value);
  }

  /** A session id as a literal; session ids are identifiers of up to 200 characters. */
  public static String sessionId(String value) {
    if (value == null || value.length() > 200 || !IDENTIFIER_CHARS.matcher(value).matches()) {
      throw new BadRequestException(
          "session_id must be letters, digits or _ . : @ -, not '"
              + shorten(String.valueOf(value))
              + "'");
    }
    return literal(value);
  }

  /** A QA rule by its id. */
  public static QaRuleId rule(String id) {
    QaRuleId rule = id == null ? null : QaRuleId.fromId(id.strip());
    if (rule == null) {
      throw new BadRequestException(
          "rule_id '" + shorten(String.valueOf(id)) + "' is not a QA rule");
    }
    return rule;
  }

  /** The parameter as a day, or null when absent or blank. */
  public static LocalDate day(Map<String, String> params, String name) {
    String value = params.get(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new BadRequestException(
          name + " must be a day YYYY-MM-DD, not '" + shorten(value) + "'");
    }
  }

  /** A day as a ClickHouse Date literal. */
  public static String dayLiteral(LocalDate day) {
    return "toDate('" + day + "')";
  }

  /** The parameter as an integer in [min, max], or {@code fallback} when absent or blank. */
  public static Integer integer(
      Map<String, String> params, String name, int min, int max, Integer fallback) {
    String value = params.get(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(value.strip());
      if (parsed < min || parsed > max) {
        throw new BadRequestException(name + " must be between " + min + " and " + max);
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw new BadRequestException(name + " must be an integer, not '" + shorten(value) + "'");
    }
  }

  /** The parameter as yes (true), no (false) or absent (null). */
  public static Boolean yesNo(Map<String, String> params, String name) {
    String value = params.get(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (value.strip()) {
      case "yes", "true", "1" -> true;
      case "no", "false", "0" -> false;
      default -> throw new BadRequestException(name + " must be yes or no");
    };
  }

  static String shorten(String value) {
    return value.length() <= 40 ? value : value.substring(0, 40) + "…";
  }
}
