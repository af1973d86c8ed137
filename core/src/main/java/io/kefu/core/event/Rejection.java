package io.kefu.core.event;

/**
 * One reason a record was rejected.
 *
 * @param field the offending field's wire name, or null when the whole record is at fault
 * @param detail a human-readable explanation, safe to log (it never echoes field values)
 */
public record Rejection(InvalidReason reason, String field, String detail) {

  /** {@code reason: detail}, the form stored in quarantine and dead letters. */
  public String describe() {
    return reason.wireName() + ": " + detail;
  }
}
