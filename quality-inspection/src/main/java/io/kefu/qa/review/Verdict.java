package io.kefu.qa.review;

import io.kefu.core.event.WireEnum;
import java.util.Locale;

/** A QA manager's judgement of one violation the machine found. */
public enum Verdict implements WireEnum {
  /** The violation is real. */
  CORRECT,
  /** The machine was wrong: a false positive. */
  WRONG;

  @Override
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @throws IllegalArgumentException naming the accepted values
   */
  public static Verdict parse(String name) {
    Verdict value = WireEnum.fromWire(Verdict.class, name);
    if (value == null) {
      throw new IllegalArgumentException(
          "unknown verdict '" + name + "'; accepted: " + WireEnum.accepted(Verdict.class));
    }
    return value;
  }
}
