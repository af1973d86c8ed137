package io.kefu.qa.batch;

import io.kefu.core.event.ChatEventParser;
import io.kefu.core.event.ParsedEvent;
import io.kefu.core.event.export.RawRecords;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;

/**
 * Reads one raw chat-log file (JSON lines, or a CSV export) with core's {@link RawRecords} and
 * {@link ChatEventParser}, the ingest job's own reading and validation, so the two jobs accept the
 * same records. Valid events keep their raw text (the engine prepares it: {@code agent_pii_leak}
 * must see what the agent wrote); invalid records become rows with their primary reason, counted
 * and never inspected.
 */
public final class RawEventReader implements FlatMapFunction<String, Row> {

  private final String csvEncoding;
  private transient ChatEventParser parser;

  /**
   * @param csvEncoding charset of CSV exports (JSON lines are UTF-8)
   */
  public RawEventReader(String csvEncoding) {
    this.csvEncoding = Charset.forName(csvEncoding).name();
  }

  @Override
  public Iterator<Row> call(String file) throws IOException {
    if (parser == null) {
      parser = new ChatEventParser();
    }
    Path path = new Path(file);
    FileSystem fs = path.getFileSystem(new Configuration());
    Charset charset =
        RawRecords.isCsv(path.getName()) ? Charset.forName(csvEncoding) : StandardCharsets.UTF_8;
    List<Row> rows = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(fs.open(path), charset), 1 << 16)) {
      RawRecords.read(in, path.getName(), parser, r -> rows.add(toRow(r.parsed())));
    }
    return rows.iterator();
  }

  private static Row toRow(ParsedEvent parsed) {
    if (parsed instanceof ParsedEvent.Valid valid) {
      return EventRows.valid(valid.event());
    }
    return EventRows.invalid(((ParsedEvent.Invalid) parsed).primaryReason().wireName());
  }
}
