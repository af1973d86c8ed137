package io.kefu.qa.phrase;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Expands a phrase into the forms agents write it in, from the configured variants of its words.
 */
final class Variants {

  private static final int MAX_FORMS = 512;

  private Variants() {}

  /**
   * The phrase and every form with one or more of its words replaced by a variant (加微信 → 加vx, +微信,
   * +vx …), the phrase first. Words are applied in sorted order so the result is stable.
   */
  static List<String> expand(String phrase, Map<String, List<String>> variants) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add(phrase);
    for (Map.Entry<String, List<String>> v : new TreeMap<>(variants).entrySet()) {
      String word = v.getKey();
      for (String form : new ArrayList<>(forms)) {
        if (form.contains(word)) {
          for (String variant : v.getValue()) {
            if (forms.size() < MAX_FORMS) {
              forms.add(form.replace(word, variant));
            }
          }
        }
      }
    }
    return new ArrayList<>(forms);
  }
}
