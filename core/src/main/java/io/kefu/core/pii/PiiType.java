package io.kefu.core.pii;

import io.kefu.core.event.WireEnum;

/**
 * A kind of personal data that {@link PiiMasker} removes. Each has the placeholder written in its
 * place and a wire name, used as the key of the {@code masked} counts in the ingest {@code
 * report.json} (CONTRACT §1). Mobile and landline numbers are both {@link #PHONE}.
 */
public enum PiiType implements WireEnum {
  PHONE("phone", "[PHONE]"),
  ID_CARD("id_card", "[ID_CARD]"),
  BANK_CARD("bank_card", "[BANK_CARD]"),
  EMAIL("email", "[EMAIL]"),
  ADDRESS("address", "[ADDRESS]"),
  ORDER_NO("order_no", "[ORDER_NO]"),
  /** A unified social credit code (统一社会信用代码), the tax id (税号) on invoices. */
  TAX_ID("tax_id", "[TAX_ID]");

  private final String wireName;
  private final String placeholder;

  PiiType(String wireName, String placeholder) {
    this.wireName = wireName;
    this.placeholder = placeholder;
  }

  @Override
  public String wireName() {
    return wireName;
  }

  /** The text written in place of a masked value, e.g. {@code [PHONE]}. */
  public String placeholder() {
    return placeholder;
  }

  /** The constant with this wire name, or null. */
  public static PiiType fromWire(String name) {
    return WireEnum.fromWire(PiiType.class, name);
  }
}
