package io.kefu.qa.review;

import java.util.Locale;

/**
 * The roles of the dashboards' users that review actions check: verdicts and rulings are a QA
 * manager's, appeals an agent's.
 */
public enum QaRole {
  QA_MANAGER,
  AGENT,
  PRODUCT,
  DATA_SCIENTIST,
  ADMIN;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @throws IllegalArgumentException naming the accepted values
   */
  public static QaRole parse(String name) {
    for (QaRole r : values()) {
      if (r.wireName().equals(name)) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "unknown role '" + name + "'; accepted: qa_manager|agent|product|data_scientist|admin");
  }
}
