package io.kefu.qa.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kefu.core.qa.QaRuleId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The effective quality-inspection configuration: the packaged default {@code qa-rules.json}, or a
 * file given with {@code --rules} laid over it (objects merge key by key, any other value
 * replaces), so a file may change one threshold or replace a whole word list.
 *
 * @param reviewBelowScore sessions scoring below this go to the review queue
 * @param separators characters agents insert to dodge filters (加 微 信, 加-微-信, 加.v); phrase matching
 *     ignores them
 * @param variants per word, the variants and homophones written in its place (微信 → 威信, v信, vx):
 *     every phrase containing the word also matches with each variant
 * @param rules each rule's configuration
 *     <p>Serializable, so a batch job may ship it to its executors and build an engine there.
 */
// A file documents itself in _comment.
@JsonIgnoreProperties({"_comment"})
public record QaRuleSet(
    int reviewBelowScore, String separators, Map<String, List<String>> variants, RuleConfigs rules)
    implements java.io.Serializable {

  private static final String RESOURCE = "/qa-rules.json";
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .build();

  public QaRuleSet {
    if (reviewBelowScore < 0 || reviewBelowScore > 101) {
      throw new IllegalArgumentException("review_below_score must be 0-101: " + reviewBelowScore);
    }
    separators = separators == null ? "" : separators;
    variants = variants == null ? Map.of() : Map.copyOf(variants);
    variants.forEach(
        (word, forms) -> {
          if (word.isBlank() || forms.stream().anyMatch(f -> f == null || f.isBlank())) {
            throw new IllegalArgumentException("variants." + word + " holds an empty word");
          }
        });
    Objects.requireNonNull(rules, "rules is missing");
  }

  /** The packaged default configuration. */
  public static QaRuleSet defaults() {
    return fromTree(defaultTree(), "packaged " + RESOURCE);
  }

  /**
   * The defaults with this file laid over them.
   *
   * @throws QaConfigException one line naming the file and the key at fault
   */
  public static QaRuleSet load(Path file) {
    JsonNode overlay;
    try {
      overlay = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new QaConfigException(
          "rules file " + file + ": not valid JSON at line " + e.getLocation().getLineNr(), e);
    } catch (IOException e) {
      throw new QaConfigException("rules file " + file + ": cannot read it (" + e + ")", e);
    }
    if (overlay == null || !overlay.isObject()) {
      throw new QaConfigException("rules file " + file + ": must hold one JSON object", null);
    }
    return fromTree(merge(defaultTree(), overlay), "rules file " + file);
  }

  /** The configuration of one rule. */
  public RuleConfig rule(QaRuleId id) {
    return rules.of(id);
  }

  /** The canonical JSON of this configuration (keys sorted), what {@link #version()} hashes. */
  public String canonicalJson() {
    try {
      return MAPPER.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise the rule set", e);
    }
  }

  /** The first 12 hex digits of the SHA-256 of {@link #canonicalJson()}. */
  public String version() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(canonicalJson().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static QaRuleSet fromTree(JsonNode tree, String source) {
    try {
      return MAPPER.treeToValue(tree, QaRuleSet.class);
    } catch (JsonMappingException e) {
      throw new QaConfigException(source + ": " + describe(e), e);
    } catch (JsonProcessingException e) {
      throw new QaConfigException(source + ": " + e.getOriginalMessage(), e);
    }
  }

  private static String describe(JsonMappingException e) {
    StringBuilder key = new StringBuilder();
    List<JsonMappingException.Reference> path = e.getPath();
    if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException) {
      path = path.subList(0, Math.max(0, path.size() - 1));
    }
    for (JsonMappingException.Reference ref : path) {
      if (ref.getFieldName() != null) {
        key.append(key.length() == 0 ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        key.append('[').append(ref.getIndex()).append(']');
      }
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String why =
        root instanceof JsonMappingException m ? m.getOriginalMessage() : root.getMessage();
    if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException u) {
      why = "unknown key '" + u.getPropertyName() + "'";
    }
    String line = (key.length() == 0 ? "" : key + ": ") + why;
    return line.replaceAll("\\s*\\R\\s*", " ").strip();
  }

  private static JsonNode defaultTree() {
    try (InputStream in = QaRuleSet.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("packaged rules missing: " + RESOURCE);
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read packaged " + RESOURCE, e);
    }
  }

  // Objects merge key by key; arrays and scalars in the overlay replace the default.
  private static JsonNode merge(JsonNode base, JsonNode overlay) {
    if (!(base instanceof ObjectNode target) || !overlay.isObject()) {
      return overlay;
    }
    ObjectNode merged = target.deepCopy();
    Iterator<Map.Entry<String, JsonNode>> fields = overlay.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      JsonNode current = merged.get(f.getKey());
      merged.set(f.getKey(), current == null ? f.getValue() : merge(current, f.getValue()));
    }
    return merged;
  }
}
