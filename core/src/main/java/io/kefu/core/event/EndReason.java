package io.kefu.core.event;

/** Why a session ended. Wire names per CONTRACT §2. */
public enum EndReason implements WireEnum {
  RESOLVED("resolved"),
  TRANSFERRED("transferred"),
  ABANDONED("abandoned"),
  TIMEOUT("timeout");

  private final String wireName;

  EndReason(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }

  /** The constant with this wire name, or null. */
  public static EndReason fromWire(String name) {
    return WireEnum.fromWire(EndReason.class, name);
  }
}
