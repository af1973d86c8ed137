package io.kefu.qa.review;

import io.kefu.core.event.WireEnum;
import java.util.Locale;

/**
 * The roles of the dashboards' users that review actions check: verdicts and rulings are a QA
 * manager's, appeals an agent's.
 */
public enum QaRole implements WireEnum {
  QA_MANAGER,
  AGENT,
  PRODUCT,
  DATA_SCIENTIST,
  ADMIN;

  @Override
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @throws IllegalArgumentException naming the accepted values
   */
  public static QaRole parse(String name) {
    QaRole value = WireEnum.fromWire(QaRole.class, name);
    if (value == null) {
      throw new IllegalArgumentException(
          "unknown role '" + name + "'; accepted: " + WireEnum.accepted(QaRole.class));
    }
    return value;
  }
}
