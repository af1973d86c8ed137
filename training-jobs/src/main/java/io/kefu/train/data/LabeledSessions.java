package io.kefu.train.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefu.core.taxonomy.Intent;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

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

  private record Line(String session, OffsetDateTime ts, String eventId, String text) {}

  static List<Session> generated(Path dir) throws IOException {
    Path truthFile = dir.resolve("truth").resolve("sessions.jsonl");
    Path raw = dir.resolve("raw");
    if (!Files.isRegularFile(truthFile) || !Files.isDirectory(raw)) {
      throw new IllegalArgumentException(
          dir + " is not a ./kefu generate output (no truth/sessions.jsonl and raw/)");
    }
    Map<String, Intent> truth = new LinkedHashMap<>();
    for (String line : Files.readAllLines(truthFile, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        JsonNode t = JSON.readTree(line);
        truth.put(t.get("session_id").asText(), Intent.parse(t.get("intent").asText()));
      }
    }
    Map<String, List<Line>> bySession = new HashMap<>();
    Set<String> seen = new HashSet<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(raw)) {
      files = list.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList();
    }
    for (Path f : files) {
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        Line l = customerLine(line);
        if (l != null && truth.containsKey(l.session()) && seen.add(l.eventId())) {
          bySession.computeIfAbsent(l.session(), k -> new ArrayList<>()).add(l);
        }
      }
    }
    List<Session> out = new ArrayList<>();
    truth.forEach(
        (id, intent) -> {
          List<Line> lines = bySession.get(id);
          if (lines != null) {
            lines.sort(Comparator.comparing(Line::ts).thenComparing(Line::eventId));
            out.add(new Session(id, intent, lines.stream().map(Line::text).toList()));
          }
        });
    if (out.isEmpty()) {
      throw new IllegalArgumentException(dir + " holds no sessions in raw/");
    }
    return out;
  }

  /** A well-formed customer message line, else null. */
  private static Line customerLine(String line) {
    try {
      JsonNode e = JSON.readTree(line);
      if (e != null
          && "message".equals(e.path("type").asText())
          && "customer".equals(e.path("role").asText())
          && e.path("text").isTextual()
          && e.path("event_id").isTextual()) {
        return new Line(
            e.path("session_id").asText(),
            OffsetDateTime.parse(e.path("ts").asText()),
            e.get("event_id").asText(),
            e.get("text").asText());
      }
    } catch (IOException | RuntimeException e) {
      // a corrupt line: the ingest job's to quarantine, not a session's message
    }
    return null;
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
