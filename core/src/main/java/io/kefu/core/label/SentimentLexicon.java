package io.kefu.core.label;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The word lists behind the sentiment labeling functions (packaged {@code
 * taxonomy/sentiment.json}): polar words, fixed phrases that override their parts, negators,
 * intensifiers and question cues.
 */
public record SentimentLexicon(
    Map<String, List<String>> polarWords,
    Map<String, List<String>> fixedPhrases,
    List<String> negators,
    List<String> intensifiers,
    List<String> questionCues,
    int negationWindow)
    implements Serializable {

  public static final String POSITIVE = "positive";
  public static final String NEUTRAL = "neutral";
  public static final String NEGATIVE = "negative";

  /** The three sentiment labels, in a fixed order. */
  public static final List<String> LABELS = List.of(NEGATIVE, NEUTRAL, POSITIVE);

  private static final String RESOURCE = "/taxonomy/sentiment.json";

  public static SentimentLexicon packaged() {
    try (InputStream in = SentimentLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("sentiment lexicon missing: " + RESOURCE);
      }
      JsonNode root = new ObjectMapper().readTree(in);
      Map<String, List<String>> polar = new LinkedHashMap<>();
      polar.put(POSITIVE, strings(root.path(POSITIVE)));
      polar.put(NEGATIVE, strings(root.path(NEGATIVE)));
      Map<String, List<String>> fixed = new LinkedHashMap<>();
      for (String label : LABELS) {
        fixed.put(label, strings(root.path("fixed").path(label)));
      }
      return new SentimentLexicon(
          polar,
          fixed,
          strings(root.path("negators")),
          strings(root.path("intensifiers")),
          strings(root.path("question_cues")),
          root.path("negation_window").asInt(3));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + RESOURCE, e);
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText().toLowerCase(Locale.ROOT)));
    return List.copyOf(values);
  }
}
