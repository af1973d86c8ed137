package io.kefu.core.event;

/** An enum whose constants have a fixed lower-case name on the wire (CONTRACT §2). */
public interface WireEnum {
  /** The name used in JSON, Kafka and ClickHouse. */
  String wireName();

  /** Looks up a constant by its wire name; null when no constant has that name. */
  static <E extends Enum<E> & WireEnum> E fromWire(Class<E> type, String name) {
    for (E constant : type.getEnumConstants()) {
      if (constant.wireName().equals(name)) {
        return constant;
      }
    }
    return null;
  }

  /** The accepted wire names, for error messages. */
  static <E extends Enum<E> & WireEnum> String accepted(Class<E> type) {
    StringBuilder names = new StringBuilder();
    for (E constant : type.getEnumConstants()) {
      names.append(names.length() == 0 ? "" : "|").append(constant.wireName());
    }
    return names.toString();
  }
}
