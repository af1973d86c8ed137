package io.kefu.core.pii;

/**
 * Masks personal data in chat text before anything is stored: phone numbers (mobile, with or
 * without +86, and landlines with area code and extension), resident ID numbers
 * (checksum-validated), bank card numbers (Luhn-validated), e-mail addresses, Chinese postal
 * addresses, tax ids (unified social credit codes) and order numbers. Each value found is replaced,
 * with the separators and prefixes it was written with, by its type's {@link
 * PiiType#placeholder()}; a code of letters and digits is replaced whole, never in part.
 *
 * <p>Numbers are recognised however they are written: full-width digits, groups separated by
 * spaces, dashes or dots, glued to Chinese text, inside HTML, with {@code &nbsp;}. Finders run in
 * order (e-mail, tax id, then numbers: ID card, bank card or order number, mobile, landline; then
 * addresses) and never overlap; any digit run of 12 or more digits left over is masked as an order
 * number, with the whole letter-and-digit token it is glued into. Placeholders already in the text
 * are left alone, so masking is idempotent.
 *
 * <p>Immutable and thread-safe. A null text gives an empty, unchanged result.
 */
public final class PiiMasker {

  private static final int MIN_DIGITS_FOR_NUMBERS = 7;

  /** Masks one text. */
  public MaskResult mask(String text) {
    if (text == null) {
      return MaskResult.unchanged("");
    }
    int digits = 0;
    boolean at = false;
    boolean marker = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (isDigit(ch)) {
        digits++;
      } else if (ch == '@' || ch == '＠') {
        at = true;
      } else if (AddressLexicon.mayStartMarker(ch)) {
        marker = true;
      }
    }
    boolean numbers = digits >= MIN_DIGITS_FOR_NUMBERS;
    if (!numbers && !at && !marker) {
      return MaskResult.unchanged(text);
    }
    TextView view = TextView.of(text);
    if (at) {
      EmailFinder.maskAll(view);
    }
    if (numbers) {
      TaxIdFinder.maskAll(view);
      NumberMatcher.maskAll(view);
    }
    if (marker) {
      AddressFinder.maskAll(view);
    }
    return view.render();
  }

  /**
   * Whether the text still shows, in any of the written forms {@link #mask} recognises, a full
   * 11-digit mobile number (1[3-9]…, no checksum), an 18-character number with a valid ID-card
   * checksum, or a Luhn-valid 16–19 digit card number. Masked output never does; tests and the
   * ingest report use this to prove it. Null gives false.
   */
  public static boolean containsUnmaskedSensitiveNumber(String text) {
    if (text == null) {
      return false;
    }
    int digits = 0;
    for (int i = 0; i < text.length() && digits < 11; i++) {
      if (isDigit(text.charAt(i))) {
        digits++;
      }
    }
    return digits >= 11 && NumberMatcher.containsSensitive(TextView.of(text));
  }

  // ASCII, full-width and Chinese digits (一三八…), as the finders read them.
  private static boolean isDigit(char ch) {
    return (ch >= '0' && ch <= '9')
        || (ch >= '０' && ch <= '９')
        || (ch >= 0x3007 && TextView.chineseDigit(ch) >= 0);
  }
}
