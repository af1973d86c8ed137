package io.kefu.samples.load;

import io.kefu.core.event.ChatEventParser;
import io.kefu.core.event.export.CsvRecordReader;
import io.kefu.core.event.export.ExportRowMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads a chat-log folder as {@code ./kefu generate} writes it (and shops export it): JSON lines
 * under {@code raw/} and CSV exports under {@code exports/}, every record parsed and validated by
 * core's {@link ChatEventParser}. Files are read in name order so results are reproducible.
 */
public final class RawLogReader {

  private final ChatEventParser parser = new ChatEventParser();

  /** The files a folder holds, JSON lines first, each group in name order. */
  public static List<Path> files(Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    files.addAll(list(dir.resolve("raw"), ".jsonl"));
    files.addAll(list(dir.resolve("exports"), ".csv"));
    if (files.isEmpty()) {
      throw new IOException("no raw/*.jsonl or exports/*.csv under " + dir);
    }
    return files;
  }

  /** Hands every record of every file to the consumer. */
  public void read(Path dir, Consumer<RawRecord> consumer) throws IOException {
    for (Path file : files(dir)) {
      if (file.getFileName().toString().endsWith(".csv")) {
        readCsv(file, consumer);
      } else {
        readJsonLines(file, consumer);
      }
    }
  }

  private void readJsonLines(Path file, Consumer<RawRecord> consumer) throws IOException {
    String source = file.getFileName().toString();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      long number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (!line.isBlank()) {
          consumer.accept(new RawRecord(source, number, line, parser.parse(line)));
        }
      }
    }
  }

  private void readCsv(Path file, Consumer<RawRecord> consumer) throws IOException {
    String source = file.getFileName().toString();
    try (CsvRecordReader in =
        new CsvRecordReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
      CsvRecordReader.CsvRecord header = in.next();
      if (header == null) {
        return;
      }
      ExportRowMapper mapper = new ExportRowMapper(header.fields());
      CsvRecordReader.CsvRecord record;
      while ((record = in.next()) != null) {
        String raw = String.join(",", record.fields());
        consumer.accept(
            new RawRecord(
                source, record.line(), raw, parser.parse(mapper.toJson(record.fields()))));
      }
    }
  }

  private static List<Path> list(Path dir, String suffix) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }
}
