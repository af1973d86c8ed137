package io.kefu.train.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefu.core.taxonomy.Intent;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Sessions a person labelled with their primary intent, to measure a model the way the live half
 * uses it (CONTRACT §3). One JSON object per line: {@code {"session_id": "…", "intent": "<intent id
 * or 中文名>", "messages": [{"role": "customer", "text": "…"}, …]}}; only customer messages count, in
 * the order given. A line that breaks this is a one-line error naming the file and line.
 */
public final class LabeledSessions {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One labelled session: its customer messages, raw, in order. */
  public record Session(String id, Intent intent, List<String> customerTexts) {}

  private LabeledSessions() {}

  public static List<Session> read(Path file) throws IOException {
    List<Session> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int lineNo = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        try {
          out.add(parse(JSON.readTree(line)));
        } catch (IOException | IllegalArgumentException e) {
          throw new IllegalArgumentException(
              file + " line " + lineNo + ": " + e.getMessage().lines().findFirst().orElse(""), e);
        }
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException(file + " holds no sessions");
    }
    return out;
  }

  static Session parse(JsonNode s) {
    String id = s.path("session_id").asText("");
    if (id.isEmpty()) {
      throw new IllegalArgumentException("needs a session_id");
    }
    if (!s.path("intent").isTextual()) {
      throw new IllegalArgumentException("session " + id + " needs an intent");
    }
    Intent intent = Intent.parse(s.get("intent").asText());
    JsonNode messages = s.path("messages");
    if (!messages.isArray()) {
      throw new IllegalArgumentException("session " + id + " needs a messages array");
    }
    List<String> texts = new ArrayList<>();
    for (JsonNode m : messages) {
      if ("customer".equals(m.path("role").asText()) && m.path("text").isTextual()) {
        texts.add(m.get("text").asText());
      }
    }
    return new Session(id, intent, List.copyOf(texts));
  }
}
