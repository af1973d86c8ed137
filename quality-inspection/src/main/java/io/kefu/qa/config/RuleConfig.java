package io.kefu.qa.config;

import io.kefu.qa.scoring.Severity;

/** What every rule's configuration has: whether it runs, the points it deducts, its severity. */
public interface RuleConfig extends java.io.Serializable {

  boolean enabled();

  /** Points deducted from 100 when the rule is violated (0-100). */
  int weight();

  Severity severity();

  /** Validates the shared fields; called by each configuration record. */
  static void check(int weight, Severity severity) {
    if (weight < 0 || weight > 100) {
      throw new IllegalArgumentException("weight must be 0-100, not " + weight);
    }
    if (severity == null) {
      throw new IllegalArgumentException("severity is required (minor, major, critical)");
    }
  }
}
