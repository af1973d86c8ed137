package io.kefu.registry.promotion;

import io.kefu.registry.RegistryException;

/** The promotion gate refused a candidate; the message gives the figures and the way out. */
public class PromotionRefusedException extends RegistryException {
  public PromotionRefusedException(String message) {
    super(message);
  }
}
