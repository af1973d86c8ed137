package io.kefu.qa.review;

import java.util.Locale;

/** A QA manager's final decision on an agent's appeal (申诉). */
public enum Ruling {
  /** The violation stands: the appeal is rejected. */
  UPHELD,
  /** The violation is withdrawn: the machine (or the first reviewer) was wrong. */
  OVERTURNED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @throws IllegalArgumentException naming the accepted values
   */
  public static Ruling parse(String name) {
    for (Ruling r : values()) {
      if (r.wireName().equals(name)) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "unknown ruling '" + name + "'; accepted: upheld|overturned");
  }
}
