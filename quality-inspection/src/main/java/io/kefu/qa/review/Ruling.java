package io.kefu.qa.review;

import io.kefu.core.event.WireEnum;
import java.util.Locale;

/** A QA manager's final decision on an agent's appeal (申诉). */
public enum Ruling implements WireEnum {
  /** The violation stands: the appeal is rejected. */
  UPHELD,
  /** The violation is withdrawn: the machine (or the first reviewer) was wrong. */
  OVERTURNED;

  @Override
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @throws IllegalArgumentException naming the accepted values
   */
  public static Ruling parse(String name) {
    Ruling value = WireEnum.fromWire(Ruling.class, name);
    if (value == null) {
      throw new IllegalArgumentException(
          "unknown ruling '" + name + "'; accepted: " + WireEnum.accepted(Ruling.class));
    }
    return value;
  }
}
