package io.kefu.samples.schedule;

/** Which raw format a session is written in; the wire name goes to the truth file. */
public enum Source {
  RAW("raw"),
  EXPORTS("exports");

  private final String wireName;

  Source(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }
}
