package io.kefu.train.data;

import io.kefu.core.event.export.CsvRecordReader;
import io.kefu.core.event.export.CsvRecordReader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a user's annotated CSV: a header naming a text column ({@code text}, {@code review}, {@code
 * sentence}, {@code content} or {@code comment}) and a label column ({@code label}, {@code intent},
 * {@code sentiment} or {@code class}), in any order, UTF-8. A row without text or label, or with
 * too few fields, is rejected with its line, never dropped silently.
 */
public final class LabeledCsv {

  private static final List<String> TEXT_COLUMNS =
      List.of("text", "review", "sentence", "content", "comment");
  private static final List<String> LABEL_COLUMNS =
      List.of("label", "intent", "sentiment", "class");

  /** What a file gave: the examples and the rows that could not be used. */
  public record Contents(List<LabeledText> examples, List<String> rejected) {}

  private LabeledCsv() {}

  public static Contents read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("no such labels file: " + file);
    }
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString());
    }
  }

  static Contents read(Reader in, String name) throws IOException {
    CsvRecordReader csv = new CsvRecordReader(in);
    CsvRecord header = csv.next();
    if (header == null) {
      throw new IOException(name + " is empty; expected a header such as text,label");
    }
    int textColumn = column(header.fields(), TEXT_COLUMNS);
    int labelColumn = column(header.fields(), LABEL_COLUMNS);
    if (textColumn < 0 || labelColumn < 0) {
      throw new IOException(
          name
              + ": the header "
              + header.fields()
              + " needs a text column "
              + TEXT_COLUMNS
              + " and a label column "
              + LABEL_COLUMNS);
    }
    List<LabeledText> examples = new ArrayList<>();
    List<String> rejected = new ArrayList<>();
    for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
      List<String> f = r.fields();
      if (f.size() == 1 && f.get(0).isBlank()) {
        continue;
      }
      if (f.size() <= Math.max(textColumn, labelColumn)) {
        rejected.add(
            name
                + ":"
                + r.line()
                + ": "
                + f.size()
                + " fields, header has "
                + header.fields().size());
        continue;
      }
      String text = f.get(textColumn);
      String label = f.get(labelColumn).trim();
      if (text.isBlank() || label.isEmpty()) {
        rejected.add(name + ":" + r.line() + ": empty " + (text.isBlank() ? "text" : "label"));
        continue;
      }
      examples.add(new LabeledText(text, label));
    }
    return new Contents(examples, rejected);
  }

  /**
   * The index of the first of {@code names} (lower case) found in a CSV header, ignoring case and
   * surrounding spaces; -1 when none is.
   */
  public static int column(List<String> header, List<String> names) {
    for (String name : names) {
      for (int i = 0; i < header.size(); i++) {
        if (header.get(i).trim().toLowerCase(Locale.ROOT).equals(name)) {
          return i;
        }
      }
    }
    return -1;
  }
}
