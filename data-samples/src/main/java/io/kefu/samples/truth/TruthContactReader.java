package io.kefu.samples.truth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code truth/sessions.jsonl} into {@link TruthContact}s for {@link TruthMetrics}. Times are
 * parsed as ISO-8601 with any offset ({@code +08:00}, {@code Z}, {@code -05:00}). The ratings come
 * from {@code ratings} ({@code [{ts, rating}]}) when the line has it, else from {@code rating} (the
 * first rating, time unknown). Fails with a one-line error naming the line. Stateless.
 */
public final class TruthContactReader {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private TruthContactReader() {}

  /**
   * Every session of a truth file, in file order.
   *
   * @param path a generated data set's folder, its {@code truth} folder, or the file itself
   */
  public static List<TruthContact> read(Path path) throws IOException {
    Path file = path;
    if (!Files.isRegularFile(file)) {
      Path inTruth = path.resolve("sessions.jsonl");
      file = Files.isRegularFile(inTruth) ? inTruth : path.resolve("truth/sessions.jsonl");
    }
    List<TruthContact> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (!line.isBlank()) {
          out.add(parse(line, file + ":" + lineNo));
        }
      }
    }
    return out;
  }

  /** One truth line. */
  public static TruthContact parse(String line) {
    return parse(line, "truth line");
  }

  private static TruthContact parse(String line, String where) {
    try {
      JsonNode t = MAPPER.readTree(line);
      return new TruthContact(
          required(t, "session_id", where),
          required(t, "customer_id", where),
          required(t, "intent", where),
          text(t, "channel"),
          text(t, "agent_id"),
          time(required(t, "start_ts", where), where),
          t.hasNonNull("end_ts") ? time(t.get("end_ts").asText(), where) : null,
          text(t, "end_reason"),
          ratings(t, where));
    } catch (IOException e) {
      throw new IllegalArgumentException(where + ": not a JSON truth line: " + e.getMessage());
    }
  }

  private static List<CsatRating> ratings(JsonNode t, String where) {
    List<CsatRating> out = new ArrayList<>();
    if (t.path("ratings").isArray()) {
      for (JsonNode c : t.get("ratings")) {
        out.add(
            new CsatRating(
                time(c.path("ts").asText(), where).toInstant(), c.path("rating").asInt()));
      }
    } else if (t.hasNonNull("rating")) {
      // Without times the listed rating is the first one; any instant keeps it first.
      out.add(new CsatRating(Instant.MIN, t.get("rating").asInt()));
    }
    return out;
  }

  private static String required(JsonNode t, String field, String where) {
    if (!t.hasNonNull(field)) {
      throw new IllegalArgumentException(where + ": no " + field);
    }
    return t.get(field).asText();
  }

  private static String text(JsonNode t, String field) {
    return t.hasNonNull(field) ? t.get(field).asText() : null;
  }

  private static OffsetDateTime time(String iso, String where) {
    try {
      return OffsetDateTime.parse(iso);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(where + ": not an ISO-8601 time with offset: " + iso);
    }
  }
}
