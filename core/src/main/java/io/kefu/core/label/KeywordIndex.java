package io.kefu.core.label;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every occurrence of many keywords in one pass over the text: keywords are indexed by their
 * first character, so each position checks only the few keywords that can start there (a few
 * hundred keywords cost about as much as one). Immutable and thread-safe.
 */
public final class KeywordIndex implements Serializable {

  /** One keyword occurrence: {@code [start, end)} in the text, and the label it stands for. */
  public record Match(int start, int end, String label) {
    public int length() {
      return end - start;
    }
  }

  private record Entry(String keyword, String label) implements Serializable {}

  private final Map<Character, List<Entry>> byFirstChar = new HashMap<>();

  // The same index as a table by character: a lookup per text position without boxing or hashing
  // (the inspection engine runs this on every customer message). Rebuilt after deserialisation.
  private transient Entry[][] table;

  public KeywordIndex(Map<String, List<String>> keywordsByLabel) {
    keywordsByLabel.forEach(
        (label, keywords) -> {
          for (String keyword : keywords) {
            if (!keyword.isEmpty()) {
              byFirstChar
                  .computeIfAbsent(keyword.charAt(0), c -> new ArrayList<>())
                  .add(new Entry(keyword, label));
            }
          }
        });
    this.table = tableOf(byFirstChar);
  }

  private static Entry[][] tableOf(Map<Character, List<Entry>> byFirstChar) {
    Entry[][] table = new Entry[Character.MAX_VALUE + 1][];
    byFirstChar.forEach((c, entries) -> table[c] = entries.toArray(new Entry[0]));
    return table;
  }

  private void readObject(java.io.ObjectInputStream in)
      throws java.io.IOException, ClassNotFoundException {
    in.defaultReadObject();
    this.table = tableOf(byFirstChar);
  }

  /** Every occurrence, in text order. */
  public List<Match> find(String text) {
    List<Match> matches = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      Entry[] candidates = table[text.charAt(i)];
      if (candidates == null) {
        continue;
      }
      for (Entry e : candidates) {
        if (text.startsWith(e.keyword(), i)) {
          matches.add(new Match(i, i + e.keyword().length(), e.label()));
        }
      }
    }
    return matches;
  }

  /**
   * Drops a match lying inside a longer match of another label: in 退款到账 the payment word 到账 is part
   * of a refund phrase and must not vote for payment.
   */
  public static List<Match> withoutShadowed(List<Match> matches) {
    List<Match> kept = new ArrayList<>(matches.size());
    for (Match m : matches) {
      boolean shadowed = false;
      for (Match other : matches) {
        if (other != m
            && other.length() > m.length()
            && other.start() <= m.start()
            && other.end() >= m.end()) {
          shadowed = true;
          break;
        }
      }
      if (!shadowed) {
        kept.add(m);
      }
    }
    return kept;
  }
}
