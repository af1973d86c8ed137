package io.kefu.ingest.read;

import io.kefu.core.event.ChatEvent;
import io.kefu.core.event.ChatEventParser;
import io.kefu.core.event.EventTimestamps;
import io.kefu.core.event.ParsedEvent;
import io.kefu.core.event.export.CsvRecordReader;
import io.kefu.core.event.export.ExportRowMapper;
import io.kefu.core.pii.MaskResult;
import io.kefu.core.pii.PiiMasker;
import io.kefu.core.text.TextNormalizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;

/**
 * Reads one raw file (JSON lines, or a CSV export in the configured encoding) through Hadoop's
 * FileSystem, so {@code file://}, {@code hdfs://} and {@code s3a://} inputs all work, and turns
 * every record into a {@link RecordRows} row: valid events with their text normalised and masked,
 * invalid ones with their reasons, line number and masked original. Reading a whole file in one
 * task is what gives exact line numbers, which Spark's line-splitting sources cannot.
 */
public final class RawFileReader implements FlatMapFunction<String, Row> {

  private static final Pattern FILE_DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");
  private static final LocalDate UNKNOWN_DAY = LocalDate.of(1970, 1, 1);

  private final String csvEncoding;
  private transient ChatEventParser parser;
  private transient TextNormalizer normalizer;
  private transient PiiMasker masker;

  /**
   * @param csvEncoding charset of CSV exports (JSON lines are UTF-8, as JSON requires)
   */
  public RawFileReader(String csvEncoding) {
    this.csvEncoding = Charset.forName(csvEncoding).name();
  }

  @Override
  public Iterator<Row> call(String file) throws IOException {
    init();
    Path path = new Path(file);
    FileSystem fs = path.getFileSystem(new Configuration());
    String source = path.getName();
    FileContext context = new FileContext(source, fileDay(source));
    List<Row> rows = new ArrayList<>();
    boolean csv = source.toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
    Charset charset = csv ? Charset.forName(csvEncoding) : StandardCharsets.UTF_8;
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(fs.open(path), charset), 1 << 16)) {
      if (csv) {
        readCsv(in, context, rows);
      } else {
        readJsonLines(in, context, rows);
      }
    }
    return rows.iterator();
  }

  private void readJsonLines(BufferedReader in, FileContext context, List<Row> rows)
      throws IOException {
    String line;
    long number = 0;
    while ((line = in.readLine()) != null) {
      number++;
      if (number == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
        line = line.substring(1);
      }
      if (!line.isBlank()) {
        rows.add(toRow(context, number, line, parser.parse(line)));
      }
    }
  }

  private void readCsv(BufferedReader in, FileContext context, List<Row> rows) throws IOException {
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
      rows.add(toRow(context, record.line(), raw, parser.parse(mapper.toJson(record.fields()))));
    }
  }

  private Row toRow(FileContext context, long line, String raw, ParsedEvent parsed) {
    if (parsed instanceof ParsedEvent.Valid valid) {
      ChatEvent e = valid.event();
      context.lastDay = EventTimestamps.businessDay(e.ts());
      MaskResult text = e.text() == null ? null : masker.mask(normalizer.normalize(e.text()));
      return RecordRows.valid(context.source, line, e, text);
    }
    ParsedEvent.Invalid invalid = (ParsedEvent.Invalid) parsed;
    return RecordRows.invalid(context.source, line, invalid, masker.mask(raw), context.lastDay);
  }

  private void init() {
    if (parser == null) {
      parser = new ChatEventParser();
      normalizer = new TextNormalizer();
      masker = new PiiMasker();
    }
  }

  // A rejected record is filed under the day of the valid record before it in its file, else
  // the date in the file name: stable across re-runs, unlike the day of ingestion.
  private static LocalDate fileDay(String name) {
    Matcher m = FILE_DAY.matcher(name);
    if (m.find()) {
      try {
        return LocalDate.parse(m.group(1));
      } catch (java.time.DateTimeException e) {
        return UNKNOWN_DAY;
      }
    }
    return UNKNOWN_DAY;
  }

  private static final class FileContext {
    final String source;
    LocalDate lastDay;

    FileContext(String source, LocalDate day) {
      this.source = source;
      this.lastDay = day;
    }
  }
}
