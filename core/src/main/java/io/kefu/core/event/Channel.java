package io.kefu.core.event;

/** Where the customer contacted the shop. Wire names per CONTRACT §2. */
public enum Channel implements WireEnum {
  APP("app"),
  WEB("web"),
  WECHAT("wechat"),
  MINI_PROGRAM("mini_program");

  private final String wireName;

  Channel(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }

  /** The constant with this wire name, or null. */
  public static Channel fromWire(String name) {
    return WireEnum.fromWire(Channel.class, name);
  }
}
