package io.kefu.samples.replay;

import io.kefu.core.event.ChatEventJson;
import io.kefu.core.event.ChatEventParser;
import io.kefu.core.event.ParsedEvent;
import io.kefu.core.event.export.RawRecords;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The raw JSON-lines files a replay reads: a generated data folder ({@code DIR/raw/*.jsonl}), a
 * folder of {@code *.jsonl} files (the raw folder itself), or one {@code .jsonl} file. Lines are
 * split as the batch job splits them (core's {@code RawRecords}): at {@code \n} or {@code \r\n}, a
 * leading UTF-8 byte-order mark dropped, blank lines skipped. Every other line is kept byte for
 * byte, however broken (even invalid UTF-8), so the stream judges what was recorded.
 */
public final class ReplayInput {

  private static final String SUFFIX = ".jsonl";
  private static final int BUFFER = 1 << 16;

  private ReplayInput() {}

  /** The files to replay, in name order. */
  public static List<Path> files(Path input) throws IOException {
    if (Files.isRegularFile(input)) {
      return List.of(input);
    }
    if (!Files.isDirectory(input)) {
      throw new NoSuchFileException(input.toString(), null, "no such file or folder");
    }
    Path raw = input.resolve("raw");
    List<Path> files = new ArrayList<>(jsonLines(Files.isDirectory(raw) ? raw : input));
    files.addAll(exports(input));
    if (files.isEmpty()) {
      throw new IOException("no *.jsonl files in " + input + " nor in " + raw);
    }
    return files;
  }

  /** Reads every line of the files, in file order, into a new {@link ReplayOrder}. */
  public static ReplayOrder read(List<Path> files) throws IOException {
    ReplayOrder order = new ReplayOrder();
    for (Path file : files) {
      if (RawRecords.isCsv(file.getFileName().toString())) {
        readExport(file, order);
        continue;
      }
      try (InputStream in = Files.newInputStream(file)) {
        readLines(in, order);
      }
    }
    return order;
  }

  /**
   * The CSV exports of a generated data folder ({@code DIR/exports/*.csv}): the second raw format
   * is replayed too, so the stream sees the same sessions as the ingest job. A valid row goes out
   * as its event in the JSON of CONTRACT §2; an invalid row as its cells joined by commas, which
   * the stream then dead-letters (as not JSON) rather than losing it.
   */
  public static List<Path> exports(Path input) throws IOException {
    Path exports = input.resolve("exports");
    if (!Files.isDirectory(exports)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(exports)) {
      return entries
          .filter(p -> RawRecords.isCsv(p.getFileName().toString()) && Files.isRegularFile(p))
          .sorted()
          .toList();
    }
  }

  private static void readExport(Path file, ReplayOrder order) throws IOException {
    ChatEventParser parser = new ChatEventParser();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      RawRecords.read(
          in,
          file.getFileName().toString(),
          parser,
          record ->
              order.add(
                  record.parsed() instanceof ParsedEvent.Valid valid
                      ? ChatEventJson.write(valid.event())
                      : record.raw()));
    }
  }

  static void readLines(InputStream in, ReplayOrder order) throws IOException {
    byte[] buffer = new byte[BUFFER];
    ByteArrayOutputStream line = new ByteArrayOutputStream(512);
    boolean first = true;
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      int start = 0;
      for (int i = 0; i < n; i++) {
        if (buffer[i] == '\n') {
          line.write(buffer, start, i - start);
          first = addLine(line.toByteArray(), first, order);
          line.reset();
          start = i + 1;
        }
      }
      line.write(buffer, start, n - start);
    }
    if (line.size() > 0) {
      addLine(line.toByteArray(), first, order);
    }
  }

  private static boolean addLine(byte[] bytes, boolean first, ReplayOrder order) {
    int from = first && startsWithByteOrderMark(bytes) ? 3 : 0;
    int to =
        bytes.length > from && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
    if (!isBlank(bytes, from, to)) {
      order.add(from == 0 && to == bytes.length ? bytes : Arrays.copyOfRange(bytes, from, to));
    }
    return false;
  }

  private static boolean startsWithByteOrderMark(byte[] b) {
    return b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF;
  }

  private static boolean isBlank(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r' && b[i] != '\f' && b[i] != 0x0B) {
        return false;
      }
    }
    return true;
  }

  private static List<Path> jsonLines(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries
          .filter(p -> p.getFileName().toString().endsWith(SUFFIX) && Files.isRegularFile(p))
          .sorted()
          .toList();
    }
  }
}
