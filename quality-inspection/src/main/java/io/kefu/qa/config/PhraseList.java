package io.kefu.qa.config;

import java.util.List;
import java.util.Map;

/**
 * A list of phrases matched in normalised chat text (lower-case, half-width), with what keeps a
 * phrase from counting.
 *
 * @param phrases phrases that count wherever they occur (variants of their words are added, see
 *     {@link QaRuleSet#variants()})
 * @param standalone phrases, usually one character (滚, 笨), that count only as a word on their own:
 *     not inside a longer word (滚筒, 笨重)
 * @param containers per phrase, longer harmless words that contain it (垃圾 → 垃圾袋, 垃圾桶): a phrase
 *     inside one of them does not count
 * @param negators words that cancel a phrase when they come before it in the same clause (不能 in
 *     不能保证今天到)
 * @param negationWindow how many characters before a phrase a negator may start
 */
public record PhraseList(
    List<String> phrases,
    List<String> standalone,
    Map<String, List<String>> containers,
    List<String> negators,
    int negationWindow)
    implements java.io.Serializable {

  public PhraseList {
    phrases = phrases == null ? List.of() : List.copyOf(phrases);
    standalone = standalone == null ? List.of() : List.copyOf(standalone);
    containers = containers == null ? Map.of() : Map.copyOf(containers);
    negators = negators == null ? List.of() : List.copyOf(negators);
    for (String p : phrases) {
      requireText(p, "phrases");
    }
    for (String p : standalone) {
      requireText(p, "standalone");
    }
    for (String n : negators) {
      requireText(n, "negators");
    }
    containers.forEach(
        (phrase, words) -> {
          for (String word : words) {
            if (word == null || !word.contains(phrase)) {
              throw new IllegalArgumentException(
                  "containers." + phrase + ": '" + word + "' does not contain '" + phrase + "'");
            }
          }
        });
    if (negationWindow < 0 || negationWindow > 20) {
      throw new IllegalArgumentException("negation_window must be 0-20, not " + negationWindow);
    }
  }

  /** An empty list. */
  public static PhraseList empty() {
    return new PhraseList(List.of(), List.of(), Map.of(), List.of(), 0);
  }

  private static void requireText(String phrase, String key) {
    if (phrase == null || phrase.isBlank()) {
      throw new IllegalArgumentException(key + " holds an empty phrase");
    }
  }
}
