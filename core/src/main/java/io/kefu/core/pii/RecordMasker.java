package io.kefu.core.pii;

import static io.kefu.core.event.ChatEventFields.AGENT_ID;
import static io.kefu.core.event.ChatEventFields.CHANNEL;
import static io.kefu.core.event.ChatEventFields.CUSTOMER_ID;
import static io.kefu.core.event.ChatEventFields.END_REASON;
import static io.kefu.core.event.ChatEventFields.EVENT_ID;
import static io.kefu.core.event.ChatEventFields.RATING;
import static io.kefu.core.event.ChatEventFields.ROLE;
import static io.kefu.core.event.ChatEventFields.SESSION_ID;
import static io.kefu.core.event.ChatEventFields.TS;
import static io.kefu.core.event.ChatEventFields.TYPE;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Masks personal data in a raw record that failed validation (a quarantined line, a dead letter)
 * while keeping what is needed to find and repair it.
 *
 * <p>In a JSON object, the values of the CONTRACT §2 fields that identify the record or are
 * timestamps, enums or the rating ({@code event_id}, {@code session_id}, {@code customer_id},
 * {@code agent_id}, {@code ts}, {@code type}, {@code channel}, {@code role}, {@code end_reason},
 * {@code rating}) are kept as written, unless such a value itself shows a full phone, ID-card or
 * bank-card number. Every other string or number, at any depth ({@code text}, unknown fields), is
 * free text and masked by {@link PiiMasker}; a value that changes is written back as a JSON string.
 * What cannot be read as JSON objects (a line that is no JSON, a CSV row, the rest of a line from
 * the point where it breaks) is masked whole as text. Everything not masked is kept char for char;
 * if the result would still show a sensitive number (digits split over several tokens), the whole
 * record is masked as text.
 *
 * <p>Thread-safe. A null record gives an empty, unchanged result.
 */
public final class RecordMasker {

  private static final JsonFactory JSON = new JsonFactory();
  private static final Set<String> KEPT_FIELDS =
      Set.of(
          EVENT_ID, SESSION_ID, CUSTOMER_ID, AGENT_ID, TS, TYPE, CHANNEL, ROLE, END_REASON, RATING);

  private final PiiMasker masker;

  public RecordMasker() {
    this(new PiiMasker());
  }

  public RecordMasker(PiiMasker masker) {
    this.masker = Objects.requireNonNull(masker, "masker");
  }

  /** Masks one raw record. */
  public MaskResult mask(String raw) {
    if (raw == null) {
      return MaskResult.unchanged("");
    }
    Output out = new Output(raw);
    int parsedTo = maskObjects(raw, out);
    out.replace(parsedTo, raw.length(), masker.mask(raw.substring(parsedTo)), false);
    MaskResult result = out.result();
    // Values are masked one by one: should digits left in separate tokens still read as a phone,
    // ID-card or card number, the record is masked whole as text instead.
    return PiiMasker.containsUnmaskedSensitiveNumber(result.text()) ? masker.mask(raw) : result;
  }

  /**
   * Masks the values of the complete JSON objects at the start of {@code raw}; returns where the
   * last complete token ends, from which on the rest is text.
   */
  private int maskObjects(String raw, Output out) {
    int parsedTo = 0;
    int depth = 0;
    try (JsonParser p = JSON.createParser(raw)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (depth == 0 && t != JsonToken.START_OBJECT) {
          break;
        }
        int start = (int) p.currentTokenLocation().getCharOffset();
        int end;
        switch (t) {
          case START_OBJECT, START_ARRAY -> {
            depth++;
            end = start + 1;
          }
          case END_OBJECT, END_ARRAY -> {
            depth--;
            end = start + 1;
          }
          case FIELD_NAME, VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
            String value = t == JsonToken.FIELD_NAME ? p.currentName() : p.getText();
            end = t.isNumeric() ? numberEnd(raw, start) : stringEnd(raw, start);
            boolean topLevel = depth == 1 && p.getParsingContext().inObject();
            boolean kept =
                t == JsonToken.FIELD_NAME || (topLevel && KEPT_FIELDS.contains(p.currentName()));
            maskValue(value, start, end, kept, out);
          }
          default -> end = start + p.getText().length();
        }
        parsedTo = end;
      }
    } catch (IOException e) {
      // The record breaks here: what follows the last complete token is masked as text.
    }
    return parsedTo;
  }

  // Field names and the values of the kept top-level fields are only masked when they show a
  // sensitive number; every other value is free text.
  private void maskValue(String value, int start, int end, boolean kept, Output out) {
    if (kept && !PiiMasker.containsUnmaskedSensitiveNumber(value)) {
      return;
    }
    MaskResult masked = masker.mask(value);
    if (masked.changed()) {
      out.replace(start, end, masked, true);
    }
  }

  // The end of the JSON string that opens at start, after its closing quote.
  private static int stringEnd(String raw, int start) {
    int i = start + 1;
    while (i < raw.length() && raw.charAt(i) != '"') {
      i += raw.charAt(i) == '\\' ? 2 : 1;
    }
    return Math.min(i + 1, raw.length());
  }

  private static int numberEnd(String raw, int start) {
    int i = start;
    while (i < raw.length() && "+-0123456789.eE".indexOf(raw.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  /** The record rebuilt from kept ranges and masked values, with the counts of what was masked. */
  private static final class Output {
    private final String raw;
    private final StringBuilder text;
    private final Map<PiiType, Integer> counts = new EnumMap<>(PiiType.class);
    private int copied;

    Output(String raw) {
      this.raw = raw;
      this.text = new StringBuilder(raw.length());
    }

    void replace(int start, int end, MaskResult masked, boolean asJsonString) {
      text.append(raw, copied, start);
      if (asJsonString) {
        text.append('"').append(JsonStringEncoder.getInstance().quoteAsString(masked.text()));
        text.append('"');
      } else {
        text.append(masked.text());
      }
      masked.counts().forEach((type, n) -> counts.merge(type, n, Integer::sum));
      copied = end;
    }

    MaskResult result() {
      return new MaskResult(text.append(raw, copied, raw.length()).toString(), counts);
    }
  }
}
