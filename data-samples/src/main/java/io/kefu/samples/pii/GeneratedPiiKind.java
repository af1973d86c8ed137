package io.kefu.samples.pii;

/**
 * The kinds of personal data the generator plants in chat texts; wire names go to the truth file.
 */
public enum GeneratedPiiKind {
  PHONE("phone"),
  LANDLINE("landline"),
  ID_CARD("id_card"),
  BANK_CARD("bank_card"),
  EMAIL("email"),
  ADDRESS("address"),
  ORDER_NO("order_no");

  private final String wireName;

  GeneratedPiiKind(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }
}
