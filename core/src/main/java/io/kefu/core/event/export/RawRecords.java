package io.kefu.core.event.export;

import io.kefu.core.event.ChatEventParser;
import io.kefu.core.event.ParsedEvent;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the records of one raw chat-log file, either format: JSON lines (one event a line, a
 * leading byte-order mark tolerated, blank lines skipped) or a CSV export (header, then one event a
 * row). Every record is validated by {@link ChatEventParser} and handed on with its 1-based line,
 * so the batch job and the demo loader quarantine the same records at the same places.
 */
public final class RawRecords {

  /** One record as written, where it starts, and what validation made of it. */
  public record Record(long line, String raw, ParsedEvent parsed) {}

  /** Receives the records of a file in order. */
  @FunctionalInterface
  public interface Sink {
    void accept(Record record) throws IOException;
  }

  private static final Pattern DAY_IN_NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

  private RawRecords() {}

  /** Whether a file name is a CSV export (else it is read as JSON lines). */
  public static boolean isCsv(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".csv");
  }

  /** The date a file name carries ({@code chat-2026-11-01.jsonl}), if any. */
  public static Optional<LocalDate> dayInName(String fileName) {
    Matcher m = DAY_IN_NAME.matcher(fileName);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(m.group(1)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** Reads every record of {@code in} (a file named {@code fileName}) into {@code sink}. */
  public static void read(BufferedReader in, String fileName, ChatEventParser parser, Sink sink)
      throws IOException {
    if (isCsv(fileName)) {
      readCsv(in, parser, sink);
    } else {
      readJsonLines(in, parser, sink);
    }
  }

  private static void readJsonLines(BufferedReader in, ChatEventParser parser, Sink sink)
      throws IOException {
    String line;
    long number = 0;
    while ((line = in.readLine()) != null) {
      number++;
      if (number == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
        line = line.substring(1);
      }
      if (!line.isBlank()) {
        sink.accept(new Record(number, line, parser.parse(line)));
      }
    }
  }

  private static void readCsv(BufferedReader in, ChatEventParser parser, Sink sink)
      throws IOException {
    CsvRecordReader csv = new CsvRecordReader(in);
    CsvRecordReader.CsvRecord header = csv.next();
    if (header == null) {
      return;
    }
    ExportRowMapper mapper = new ExportRowMapper(header.fields());
    CsvRecordReader.CsvRecord record;
    while ((record = csv.next()) != null) {
      if (record.fields().size() == 1 && record.fields().get(0).isBlank()) {
        continue;
      }
      String raw = String.join(",", record.fields());
      sink.accept(new Record(record.line(), raw, parser.parse(mapper.toJson(record.fields()))));
    }
  }
}
