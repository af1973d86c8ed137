package io.kefu.train.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefu.core.taxonomy.Intent;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** What the generator knows of each session it wrote ({@code truth/sessions.jsonl}). */
public final class GeneratorTruth {

  private static final ObjectMapper JSON = new ObjectMapper();

  private GeneratorTruth() {}

  /**
   * The true FAQ of each session ({@code faq_id}).
   *
   * @param truth the generator's output folder, its truth/ folder or sessions.jsonl itself
   */
  public static Map<String, String> faqs(Path truth) throws IOException {
    return field(truth, "faq_id");
  }

  /** The true intent of each session, read as {@link #faqs} reads FAQs. */
  public static Map<String, Intent> intents(Path truth) throws IOException {
    Map<String, Intent> out = new HashMap<>();
    field(truth, "intent").forEach((session, intent) -> out.put(session, Intent.parse(intent)));
    return out;
  }

  private static Map<String, String> field(Path truth, String name) throws IOException {
    Path file = truth;
    if (Files.isDirectory(file.resolve("truth"))) {
      file = file.resolve("truth");
    }
    if (Files.isDirectory(file)) {
      file = file.resolve("sessions.jsonl");
    }
    if (!Files.isRegularFile(file)) {
      throw new IOException("no truth sessions.jsonl at " + truth);
    }
    Map<String, String> out = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) {
          JsonNode s = JSON.readTree(line);
          if (s.hasNonNull(name)) {
            out.put(s.get("session_id").asText(), s.get(name).asText());
          }
        }
      }
    }
    return out;
  }
}
