package io.kefu.dashboards.query;

import java.util.List;
import java.util.Map;

/**
 * CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads Chinese as mojibake), CRLF
 * line ends, RFC 4180 quoting. A cell that starts with {@code = + - @} or a tab is prefixed with
 * {@code '} so that a spreadsheet shows it as text instead of running it as a formula (chat text is
 * written by customers).
 */
public final class CsvExport {

  private CsvExport() {}

  public static String write(List<String> columns, List<Map<String, Object>> rows) {
    StringBuilder out = new StringBuilder(64 + rows.size() * 96).append('\uFEFF');
    line(out, columns.stream().map(c -> (Object) c).toList());
    for (Map<String, Object> row : rows) {
      line(out, columns.stream().map(row::get).toList());
    }
    return out.toString();
  }

  private static void line(StringBuilder out, List<Object> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(cell(cells.get(i)));
    }
    out.append("\r\n");
  }

  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    if (!(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.indexOf(',') >= 0
        || text.indexOf('"') >= 0
        || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}
