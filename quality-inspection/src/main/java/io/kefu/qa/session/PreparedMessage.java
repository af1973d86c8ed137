package io.kefu.qa.session;

import io.kefu.core.event.Role;
import io.kefu.core.pii.MaskResult;
import io.kefu.qa.phrase.FoldedText;

/**
 * One {@code message} event of a session as the rules read it.
 *
 * @param index 0-based among the session's messages (all roles) in event order
 * @param epochMillis event time
 * @param mask core's {@code TextPreparation} of the raw text (normalised, then masked): its text is
 *     what the rules read and evidence quotes; its counts say which personal data the masker found
 *     in the unmasked text, what the PII-leak rule checks
 * @param folded the masked text with dodge separators removed, for phrase matching
 * @param raw the text as written, for the rare rule that must read what masking replaced (never
 *     quoted as evidence)
 */
public record PreparedMessage(
    int index, Role role, long epochMillis, MaskResult mask, FoldedText folded, String raw) {

  /** The normalised, masked text. */
  public String text() {
    return mask.text();
  }

  public boolean isAgent() {
    return role == Role.AGENT;
  }

  public boolean isCustomer() {
    return role == Role.CUSTOMER;
  }
}
