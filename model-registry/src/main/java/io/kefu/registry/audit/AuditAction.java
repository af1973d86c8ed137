package io.kefu.registry.audit;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The changes the registry records in its audit log. */
public enum AuditAction {
  REGISTER,
  ALIAS_SET,
  ALIAS_MOVE,
  TAG,
  PROMOTE,
  PROMOTE_FORCED,
  ROLLBACK;

  /**
   * The spelling in {@code audit.jsonl} and in {@code registry history}: {@code promote-forced}.
   */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
