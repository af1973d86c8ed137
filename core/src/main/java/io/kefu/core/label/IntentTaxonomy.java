package io.kefu.core.label;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kefu.core.taxonomy.Intent;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The intent labeling rules: per intent, keywords and regular expressions, read from a taxonomy
 * file (the packaged {@code taxonomy/intents.json} by default). Every intent id must be one of
 * {@link Intent}; a bad file is refused with the entry at fault.
 */
public record IntentTaxonomy(List<Rule> rules, double patternWeight) implements Serializable {

  /** The rules of one intent; keywords are lower-case, as normalised text is. */
  public record Rule(String intent, List<String> keywords, List<Pattern> patterns)
      implements Serializable {}

  public static final String DEFAULT_RESOURCE = "/taxonomy/intents.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  public static IntentTaxonomy packaged() {
    try (InputStream in = IntentTaxonomy.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("taxonomy resource missing: " + DEFAULT_RESOURCE);
      }
      return parse(JSON.readTree(in), DEFAULT_RESOURCE);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + DEFAULT_RESOURCE, e);
    }
  }

  /** The taxonomy as the JSON {@link #parse} reads back, e.g. to travel inside a model folder. */
  public ObjectNode toJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("pattern_weight", patternWeight);
    ArrayNode intents = root.putArray("intents");
    for (Rule rule : rules) {
      ObjectNode entry = intents.addObject();
      entry.put("id", rule.intent());
      rule.keywords().forEach(entry.putArray("keywords")::add);
      ArrayNode patterns = entry.putArray("patterns");
      rule.patterns().forEach(p -> patterns.add(p.pattern()));
    }
    return root;
  }

  public void write(Path file) throws IOException {
    JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), toJson());
  }

  /** The taxonomy of a {@code --taxonomy} option: the file given, else the packaged one. */
  public static IntentTaxonomy fileOrPackaged(Path file) throws IOException {
    return file == null ? packaged() : fromFile(file);
  }

  public static IntentTaxonomy fromFile(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(JSON.readTree(in), file.toString());
    }
  }

  public static IntentTaxonomy parse(JsonNode root, String where) {
    JsonNode intents = root.path("intents");
    if (!intents.isArray() || intents.isEmpty()) {
      throw new IllegalArgumentException(where + ": needs a non-empty 'intents' array");
    }
    List<Rule> rules = new ArrayList<>();
    for (JsonNode entry : intents) {
      String id = entry.path("id").asText("");
      try {
        Intent.parse(id);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
      List<String> keywords = new ArrayList<>();
      entry.path("keywords").forEach(k -> keywords.add(k.asText().toLowerCase(Locale.ROOT)));
      List<Pattern> patterns = new ArrayList<>();
      for (JsonNode p : entry.path("patterns")) {
        try {
          patterns.add(Pattern.compile(p.asText()));
        } catch (PatternSyntaxException e) {
          throw new IllegalArgumentException(
              where + ": bad pattern for " + id + ": " + p.asText(), e);
        }
      }
      rules.add(new Rule(id, List.copyOf(keywords), List.copyOf(patterns)));
    }
    return new IntentTaxonomy(List.copyOf(rules), root.path("pattern_weight").asDouble(4.0));
  }
}
