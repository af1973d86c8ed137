package io.kefu.core.event;

/** What happened in a session. Wire names per CONTRACT §2. */
public enum EventType implements WireEnum {
  SESSION_START("session_start"),
  MESSAGE("message"),
  TRANSFER("transfer"),
  SESSION_END("session_end"),
  CSAT("csat");

  private final String wireName;

  EventType(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }

  /** The constant with this wire name, or null. */
  public static EventType fromWire(String name) {
    return WireEnum.fromWire(EventType.class, name);
  }
}
