package io.kefu.qa.scoring;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How serious a quality-inspection violation is (CONTRACT §5). */
public enum Severity {
  MINOR,
  MAJOR,
  /** 致命项: fails the session (score 0) and sends it to the review queue. */
  CRITICAL;

  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @throws IllegalArgumentException naming the accepted values
   */
  @JsonCreator
  public static Severity parse(String name) {
    for (Severity s : values()) {
      if (s.wireName().equalsIgnoreCase(name.strip())) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown severity '" + name + "'; accepted: minor, major, critical");
  }
}
