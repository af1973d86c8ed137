package io.kefu.dashboards.query;

import java.util.ArrayList;
import java.util.List;

/** A WHERE clause built from conditions whose values went through {@link SqlValues}. */
final class Where {

  private final List<String> conditions = new ArrayList<>();

  /** Adds {@code column = literal} when the literal is not null. */
  Where eq(String column, String literal) {
    if (literal != null) {
      conditions.add(column + " = " + literal);
    }
    return this;
  }

  Where add(String condition) {
    conditions.add(condition);
    return this;
  }

  @Override
  public String toString() {
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }
}
