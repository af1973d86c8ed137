package io.kefu.core.label;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

  // Per character, the (rule, pattern) pairs a match may start with it; pairs whose start cannot
  // be told always run. Skipping the rest gives the same votes for a fraction of the regex work.
  // Rebuilt after deserialisation rather than shipped (a 65,536-slot table) with Spark closures.
  private transient int[][] patternsByStart;
  private transient int[] patternsAlwaysRun;
  private transient List<IntentPattern> patterns; // every intent's patterns, in rule order

  private record IntentPattern(int rule, String intent, Pattern pattern) {}

  public IntentLabelingFunctions(IntentTaxonomy taxonomy) {
    Map<String, List<String>> byIntent = new LinkedHashMap<>();
    taxonomy.rules().forEach(r -> byIntent.put(r.intent(), r.keywords()));
    this.keywords = new KeywordIndex(byIntent);
    this.rules = taxonomy.rules();
    this.patternWeight = taxonomy.patternWeight();
    indexPatterns();
  }

  private void readObject(java.io.ObjectInputStream in)
      throws java.io.IOException, ClassNotFoundException {
    in.defaultReadObject();
    indexPatterns();
  }

  private void indexPatterns() {
    List<IntentPattern> all = new ArrayList<>();
    Map<Character, List<Integer>> byStart = new HashMap<>();
    List<Integer> always = new ArrayList<>();
    for (int r = 0; r < rules.size(); r++) {
      for (Pattern pattern : rules.get(r).patterns()) {
        int id = all.size();
        all.add(new IntentPattern(r, rules.get(r).intent(), pattern));
        Set<Character> starts = PatternStarts.of(pattern.pattern());
        if (starts == null) {
          always.add(id);
        } else {
          starts.forEach(c -> byStart.computeIfAbsent(c, k -> new ArrayList<>()).add(id));
        }
      }
    }
    this.patterns = List.copyOf(all);
    this.patternsAlwaysRun = always.stream().mapToInt(Integer::intValue).toArray();
    this.patternsByStart = new int[Character.MAX_VALUE + 1][];
    byStart.forEach(
        (c, list) -> patternsByStart[c] = list.stream().mapToInt(Integer::intValue).toArray());
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
    boolean[] candidate = new boolean[patterns.size()];
    for (int id : patternsAlwaysRun) {
      candidate[id] = true;
    }
    for (int i = 0; i < text.length(); i++) {
      int[] starting = patternsByStart[text.charAt(i)];
      if (starting != null) {
        for (int id : starting) {
          candidate[id] = true;
        }
      }
    }
    int voted = -1; // one pattern vote per rule: its patterns are consecutive
    for (int id = 0; id < candidate.length; id++) {
      IntentPattern p = patterns.get(id);
      if (candidate[id] && p.rule() != voted && p.pattern().matcher(text).find()) {
        votes.add(new Vote(patternFunction(p.intent()), p.intent(), patternWeight));
        voted = p.rule();
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
