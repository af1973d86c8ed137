package io.kefu.core.event;

/**
 * Why a raw record is not a valid {@link ChatEvent}. The wire names are the quarantine and
 * dead-letter reason codes that reports count by.
 */
public enum InvalidReason implements WireEnum {
  /** The line is not a JSON object. */
  MALFORMED_JSON("malformed_json"),
  /** A field the event type requires is absent or null. */
  MISSING_FIELD("missing_field"),
  /** A field has the wrong JSON type (a number where a string belongs, …). */
  WRONG_TYPE("wrong_type"),
  /** {@code ts} is not an ISO-8601 date-time with an offset. */
  BAD_TIMESTAMP("bad_timestamp"),
  /** A value outside its allowed set or range (unknown type or channel, rating 7, empty id). */
  BAD_VALUE("bad_value");

  private final String wireName;

  InvalidReason(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }

  public static InvalidReason fromWire(String name) {
    return WireEnum.fromWire(InvalidReason.class, name);
  }
}
