package io.kefu.core.label;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The message-level intent labeling functions built from an {@link IntentTaxonomy}: per intent a
 * keyword function {@code kw:<intent>} (a match votes with its length in characters, so specific
 * phrases outweigh generic ones) and a pattern function {@code re:<intent>}. Input is normalised,
 * masked text. Thread-safe.
 */
public final class IntentLabelingFunctions implements Serializable {

  private final KeywordIndex keywords;
  private final List<IntentTaxonomy.Rule> rules;
  private final double patternWeight;

  public IntentLabelingFunctions(IntentTaxonomy taxonomy) {
    Map<String, List<String>> byIntent = new LinkedHashMap<>();
    taxonomy.rules().forEach(r -> byIntent.put(r.intent(), r.keywords()));
    this.keywords = new KeywordIndex(byIntent);
    this.rules = taxonomy.rules();
    this.patternWeight = taxonomy.patternWeight();
  }

  /** The names of every function, for the labeling report. */
  public List<String> names() {
    List<String> names = new ArrayList<>();
    for (IntentTaxonomy.Rule rule : rules) {
      names.add(keywordFunction(rule.intent()));
      if (!rule.patterns().isEmpty()) {
        names.add(patternFunction(rule.intent()));
      }
    }
    return names;
  }

  /** Every vote the functions cast on one text; empty when none applies. */
  public List<Vote> votes(String text) {
    List<Vote> votes = new ArrayList<>();
    Map<String, Double> keywordWeight = new LinkedHashMap<>();
    for (KeywordIndex.Match m : KeywordIndex.withoutShadowed(keywords.find(text))) {
      keywordWeight.merge(m.label(), (double) m.length(), Double::sum);
    }
    keywordWeight.forEach((intent, w) -> votes.add(new Vote(keywordFunction(intent), intent, w)));
    for (IntentTaxonomy.Rule rule : rules) {
      for (Pattern pattern : rule.patterns()) {
        if (pattern.matcher(text).find()) {
          votes.add(new Vote(patternFunction(rule.intent()), rule.intent(), patternWeight));
          break;
        }
      }
    }
    return votes;
  }

  static String keywordFunction(String intent) {
    return "kw:" + intent;
  }

  static String patternFunction(String intent) {
    return "re:" + intent;
  }
}
