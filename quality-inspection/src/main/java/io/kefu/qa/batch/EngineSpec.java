package io.kefu.qa.batch;

import io.kefu.qa.config.QaRuleSet;
import io.kefu.qa.engine.InspectionEngine;
import java.io.Serializable;
import java.nio.file.Path;

/**
 * What an executor needs to build the inspection engine itself (the engine is never shipped from
 * the driver): the rules file (null for the packaged defaults) with the rule-set version the driver
 * saw, and the sentiment the driver chose.
 *
 * @param rulesFile a path every executor can read (local runs: the driver's), or null
 * @param ruleSetVersion the version the driver computed; an executor that computes another refuses
 * @param sentiment the registry's sentiment model, or the lexicon
 */
public record EngineSpec(String rulesFile, String ruleSetVersion, SentimentChoice sentiment)
    implements Serializable {

  /** The rule set this spec names. */
  public QaRuleSet rules() {
    QaRuleSet rules = rulesFile == null ? QaRuleSet.defaults() : QaRuleSet.load(Path.of(rulesFile));
    if (!rules.version().equals(ruleSetVersion)) {
      throw new IllegalStateException(
          "rules file "
              + rulesFile
              + " reads as rule set "
              + rules.version()
              + " here but "
              + ruleSetVersion
              + " on the driver; give every executor the same file");
    }
    return rules;
  }

  /** A new engine: rules and sentiment as specified. */
  public InspectionEngine engine() {
    return new InspectionEngine(rules(), sentiment.load());
  }
}
