package io.kefu.train.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefu.core.event.ChatEvent;
import io.kefu.core.event.EventType;
import io.kefu.core.event.Role;
import io.kefu.core.event.export.EventFolder;
import io.kefu.core.taxonomy.Intent;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

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
    if (Files.isDirectory(file)) {
      return generated(file);
    }
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

  static List<Session> generated(Path dir) throws IOException {
    if (!Files.isRegularFile(dir.resolve("truth").resolve("sessions.jsonl"))
        || !Files.isDirectory(dir.resolve("raw"))) {
      throw new IllegalArgumentException(
          dir + " is not a ./kefu generate output (no truth/sessions.jsonl and raw/)");
    }
    Map<String, Intent> truth = GeneratorTruth.intents(dir);
    List<Session> out = new ArrayList<>();
    for (List<ChatEvent> events : EventFolder.sessions(dir)) {
      Intent intent = truth.get(events.get(0).sessionId());
      if (intent != null) {
        List<String> texts =
            events.stream()
                .filter(e -> e.type() == EventType.MESSAGE && e.role() == Role.CUSTOMER)
                .sorted(
                    Comparator.comparing((ChatEvent e) -> e.ts().toInstant())
                        .thenComparing(ChatEvent::eventId))
                .map(ChatEvent::text)
                .toList();
        out.add(new Session(events.get(0).sessionId(), intent, texts));
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException(dir + " holds no sessions in raw/ or exports/");
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
