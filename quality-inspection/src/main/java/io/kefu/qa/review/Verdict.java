package io.kefu.qa.review;

import java.util.Locale;

/** A QA manager's judgement of one violation the machine found. */
public enum Verdict {
  /** The violation is real. */
  CORRECT,
  /** The machine was wrong: a false positive. */
  WRONG;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @throws IllegalArgumentException naming the accepted values
   */
  public static Verdict parse(String name) {
    for (Verdict v : values()) {
      if (v.wireName().equals(name)) {
        return v;
      }
    }
    throw new IllegalArgumentException("unknown verdict '" + name + "'; accepted: correct|wrong");
  }
}
