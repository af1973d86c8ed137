package io.kefu.samples.truth;

/** The mood a customer message expresses, as recorded in the truth file's sentiment path. */
public enum Sentiment {
  NEGATIVE("negative"),
  NEUTRAL("neutral"),
  POSITIVE("positive");

  private final String wireName;

  Sentiment(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  /** True when {@code this} is a worse mood than {@code other}. */
  public boolean worseThan(Sentiment other) {
    return ordinal() < other.ordinal();
  }
}
