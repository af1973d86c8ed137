package io.kefu.clickhouse;

/**
 * A string value written into SQL as a quoted ClickHouse literal. ClickHouse 18.16 has no query
 * parameters, so every value that is not a number goes through here: backslash and quote are
 * escaped (a value cannot end the literal), and NUL and line breaks are written as escapes.
 */
public final class SqlLiteral {

  private SqlLiteral() {}

  public static String of(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('\'');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\'' -> out.append("\\'");
        case '\0' -> out.append("\\0");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
    return out.append('\'').toString();
  }
}
