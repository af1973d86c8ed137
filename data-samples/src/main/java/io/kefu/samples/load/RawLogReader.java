package io.kefu.samples.load;

import io.kefu.core.event.ChatEventParser;
import io.kefu.core.event.export.RawRecords;
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
      String source = file.getFileName().toString();
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        RawRecords.read(
            in,
            source,
            parser,
            r -> consumer.accept(new RawRecord(source, r.line(), r.raw(), r.parsed())));
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
