package io.kefu.qa.phrase;

import io.kefu.qa.config.PhraseList;
import io.kefu.qa.config.QaRuleSet;
import java.util.List;
import java.util.Map;

/** Compiles phrase lists with a rule set's variants and separators. */
public final class PhraseMatchers {

  private final Map<String, List<String>> variants;
  private final Separators separators;

  public PhraseMatchers(QaRuleSet rules) {
    this.variants = rules.variants();
    this.separators = new Separators(rules.separators());
  }

  public PhraseMatcher compile(PhraseList list) {
    return PhraseMatcher.compile(list, variants, separators);
  }

  public Separators separators() {
    return separators;
  }
}
