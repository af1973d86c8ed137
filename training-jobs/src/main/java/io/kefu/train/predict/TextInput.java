package io.kefu.train.predict;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefu.core.event.export.CsvRecordReader;
import io.kefu.core.event.export.CsvRecordReader.CsvRecord;
import io.kefu.train.data.LabeledCsv;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The texts to score, in file order: JSON lines ({@code .jsonl}, {@code .json}: a {@code text}
 * field per line) or CSV with a header naming a {@code text} column (any case; UTF-8). A line that
 * is not JSON, or a row without the column, fails the read with its line number: predictions must
 * line up with the input, so no row may be skipped.
 */
public final class TextInput {

  private static final ObjectMapper JSON = new ObjectMapper();

  private TextInput() {}

  public static List<String> read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("no such input file: " + file);
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".jsonl") || name.endsWith(".json") ? jsonLines(file) : csv(file);
  }

  private static List<String> jsonLines(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int lineNo = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = JSON.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          throw new IOException(
              file + ":" + lineNo + ": not JSON (" + e.getOriginalMessage() + ")");
        }
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) {
          throw new IOException(file + ":" + lineNo + ": no string field \"text\"");
        }
        out.add(text.asText());
      }
    }
    return out;
  }

  private static List<String> csv(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    try (CsvRecordReader csv =
        new CsvRecordReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
      CsvRecord header = csv.next();
      int column = header == null ? -1 : LabeledCsv.column(header.fields(), List.of("text"));
      if (column < 0) {
        throw new IOException(file + ": the CSV header must name a \"text\" column");
      }
      for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
        if (r.fields().size() <= column) {
          throw new IOException(file + ":" + r.line() + ": no \"text\" field in this row");
        }
        out.add(r.fields().get(column));
      }
    }
    return out;
  }
}
