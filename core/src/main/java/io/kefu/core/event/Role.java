package io.kefu.core.event;

/** Who wrote a message. Wire names per CONTRACT §2. */
public enum Role implements WireEnum {
  CUSTOMER("customer"),
  AGENT("agent"),
  BOT("bot");

  private final String wireName;

  Role(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }

  /** The constant with this wire name, or null. */
  public static Role fromWire(String name) {
    return WireEnum.fromWire(Role.class, name);
  }
}
