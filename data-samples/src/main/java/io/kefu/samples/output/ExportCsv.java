package io.kefu.samples.output;

import io.kefu.core.event.ChatEvent;
import io.kefu.core.event.EventTimestamps;
import java.time.format.DateTimeFormatter;

/**
 * The legacy help-desk export format: UTF-8 with byte-order mark, CRLF between records, RFC 4180
 * quoting (a field with a comma, quote or line break is quoted, quotes doubled; line breaks inside
 * a text are kept as they are), an empty cell for null, and times in Asia/Shanghai local time with
 * a space separator and offset ({@code 2026-11-03 14:22:05+08:00}).
 */
final class ExportCsv {

  static final String BOM = "\uFEFF";
  static final String CRLF = "\r\n";
  static final String HEADER =
      "event_id,type,session_id,customer_id,agent_id,channel,ts,role,text,end_reason,rating";

  private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ssxxx");

  private ExportCsv() {}

  /** One record, CRLF included. */
  static String row(ChatEvent e) {
    StringBuilder out = new StringBuilder(160);
    cell(out, e.eventId()).append(',');
    cell(out, e.type().wireName()).append(',');
    cell(out, e.sessionId()).append(',');
    cell(out, e.customerId()).append(',');
    cell(out, e.agentId()).append(',');
    cell(out, e.channel().wireName()).append(',');
    cell(out, TS.format(e.ts().atZoneSameInstant(EventTimestamps.BUSINESS_ZONE))).append(',');
    cell(out, e.role() == null ? null : e.role().wireName()).append(',');
    cell(out, e.text()).append(',');
    cell(out, e.endReason() == null ? null : e.endReason().wireName()).append(',');
    cell(out, e.rating() == null ? null : e.rating().toString());
    return out.append(CRLF).toString();
  }

  private static StringBuilder cell(StringBuilder out, String value) {
    if (value == null) {
      return out;
    }
    boolean quote = false;
    for (int i = 0; i < value.length() && !quote; i++) {
      char c = value.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      return out.append(value);
    }
    return out.append('"').append(value.replace("\"", "\"\"")).append('"');
  }
}
