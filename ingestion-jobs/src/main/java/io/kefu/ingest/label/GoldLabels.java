package io.kefu.ingest.label;

import io.kefu.core.event.export.CsvRecordReader;
import io.kefu.core.label.SentimentLexicon;
import io.kefu.core.taxonomy.Intent;
import io.kefu.core.text.TextPreparation;
import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Labels a person gave (a {@code text,label} CSV), which take priority over weak labels. A label is
 * read as a sentiment ({@code positive}, {@code neutral}, {@code negative}, or 1/0 as in common
 * review sets) or an intent (id or Chinese name). Texts are keyed the way ingested texts are
 * stored, normalised and masked, and compared without whitespace, so a gold text matches its
 * ingested message.
 */
public record GoldLabels(Map<String, String> intents, Map<String, String> sentiments)
    implements Serializable {

  public static GoldLabels none() {
    return new GoldLabels(Map.of(), Map.of());
  }

  /**
   * @throws IllegalArgumentException naming the line of a row whose label is neither
   */
  public static GoldLabels read(Reader csv, String where) throws IOException {
    Map<String, String> intents = new HashMap<>();
    Map<String, String> sentiments = new HashMap<>();
    try (CsvRecordReader in = new CsvRecordReader(csv)) {
      CsvRecordReader.CsvRecord header = in.next();
      if (header == null) {
        return none();
      }
      List<String> columns =
          header.fields().stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
      int text = columns.indexOf("text");
      int label = columns.indexOf("label");
      if (text < 0 || label < 0) {
        throw new IllegalArgumentException(where + ": needs columns text,label; found " + columns);
      }
      CsvRecordReader.CsvRecord row;
      while ((row = in.next()) != null) {
        if (row.fields().size() <= Math.max(text, label)) {
          continue;
        }
        String key = key(TextPreparation.prepare(row.fields().get(text)));
        String value = row.fields().get(label).strip();
        String sentiment = sentiment(value);
        if (sentiment != null) {
          sentiments.put(key, sentiment);
        } else {
          try {
            intents.put(key, Intent.parse(value).id());
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                where
                    + " line "
                    + row.line()
                    + ": label '"
                    + value
                    + "' is neither a sentiment (positive, neutral, negative, 1, 0) nor an intent",
                e);
          }
        }
      }
    }
    return new GoldLabels(Map.copyOf(intents), Map.copyOf(sentiments));
  }

  private static String sentiment(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "positive", "pos", "1", "正面", "好评" -> SentimentLexicon.POSITIVE;
      case "negative", "neg", "0", "负面", "差评" -> SentimentLexicon.NEGATIVE;
      case "neutral", "neu", "中性" -> SentimentLexicon.NEUTRAL;
      default -> null;
    };
  }

  /** The gold intent of a normalised, masked text, or null. */
  public String intentFor(String text) {
    return intents.isEmpty() || text == null ? null : intents.get(key(text));
  }

  /** The gold sentiment of a normalised, masked text, or null. */
  public String sentimentFor(String text) {
    return sentiments.isEmpty() || text == null ? null : sentiments.get(key(text));
  }

  // Whitespace differs between how people type a text and how normalisation spaces it (around
  // removed HTML, emoji): it does not make another text.
  private static String key(String text) {
    StringBuilder key = new StringBuilder(text.length());
    text.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(key::appendCodePoint);
    return key.toString();
  }

  public int size() {
    return intents.size() + sentiments.size();
  }
}
