package io.kefu.ingest.read;

import io.kefu.core.event.ChatEvent;
import io.kefu.core.event.ChatEventParser;
import io.kefu.core.event.EventTimestamps;
import io.kefu.core.event.ParsedEvent;
import io.kefu.core.event.export.RawRecords;
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

  // A rejected record is filed under the day of the valid record before it in its file, else the
  // date in the file name, else this: stable across re-runs, unlike the day of ingestion.
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
    FileContext context = new FileContext(source, RawRecords.dayInName(source).orElse(UNKNOWN_DAY));
    List<Row> rows = new ArrayList<>();
    Charset charset =
        RawRecords.isCsv(source) ? Charset.forName(csvEncoding) : StandardCharsets.UTF_8;
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(fs.open(path), charset), 1 << 16)) {
      RawRecords.read(
          in, source, parser, r -> rows.add(toRow(context, r.line(), r.raw(), r.parsed())));
    }
    return rows.iterator();
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

  private static final class FileContext {
    final String source;
    LocalDate lastDay;

    FileContext(String source, LocalDate day) {
      this.source = source;
      this.lastDay = day;
    }
  }
}
