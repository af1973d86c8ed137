package io.kefu.samples.truth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefu.core.event.EndReason;
import io.kefu.core.qa.QaRuleId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code qa_violations} of a generated data set's {@code truth/sessions.jsonl}, for
 * scoring an inspection against it (matching on session id and rule id, per rule precision and
 * recall). Fails with a one-line error naming the file and line on a malformed line or unknown rule
 * id. Stateless.
 */
public final class QaTruthReader {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private QaTruthReader() {}

  /**
   * The truth of every session by session id, in file order.
   *
   * @param path a generated data set's folder (holding {@code truth/sessions.jsonl}), its {@code
   *     truth} folder, or the file itself
   */
  public static Map<String, QaTruth> read(Path path) throws IOException {
    Path file = resolve(path);
    Map<String, QaTruth> out = new LinkedHashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (!line.isBlank()) {
          QaTruth t = parseLine(line, file + ":" + lineNo);
          out.put(t.sessionId(), t);
        }
      }
    }
    return out;
  }

  /** One truth line. */
  public static QaTruth parse(String line) {
    return parseLine(line, "truth line");
  }

  private static QaTruth parseLine(String line, String where) {
    try {
      JsonNode t = MAPPER.readTree(line);
      List<RuleBreak> violations = new ArrayList<>();
      JsonNode list = t.path("qa_violations");
      if (!list.isArray()) {
        throw new IllegalArgumentException(where + ": no qa_violations array");
      }
      for (JsonNode v : list) {
        QaRuleId rule = QaRuleId.fromId(v.path("rule_id").asText());
        if (rule == null) {
          throw new IllegalArgumentException(where + ": unknown rule_id " + v.path("rule_id"));
        }
        violations.add(new RuleBreak(rule, v.path("message_index").asInt(-1)));
      }
      return new QaTruth(
          t.path("session_id").asText(),
          t.path("agent_id").isNull() ? null : t.path("agent_id").asText(),
          EndReason.fromWire(t.path("end_reason").asText()),
          t.path("messages").asInt(),
          violations);
    } catch (IOException e) {
      throw new UncheckedIOException(where + ": not a JSON truth line", e);
    }
  }

  private static Path resolve(Path path) {
    if (Files.isRegularFile(path)) {
      return path;
    }
    Path inTruth = path.resolve("sessions.jsonl");
    return Files.isRegularFile(inTruth) ? inTruth : path.resolve("truth").resolve("sessions.jsonl");
  }
}
