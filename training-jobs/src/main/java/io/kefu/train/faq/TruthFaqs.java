package io.kefu.train.faq;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The true FAQ of each generated session: {@code faq_id} in {@code truth/sessions.jsonl}. */
public final class TruthFaqs {

  private static final ObjectMapper JSON = new ObjectMapper();

  private TruthFaqs() {}

  /**
   * @param truth the generator's output folder, its truth/ folder or sessions.jsonl itself
   */
  public static Map<String, String> read(Path truth) throws IOException {
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
          if (s.hasNonNull("faq_id")) {
            out.put(s.get("session_id").asText(), s.get("faq_id").asText());
          }
        }
      }
    }
    return out;
  }
}
