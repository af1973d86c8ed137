package io.kefu.core.text;

import io.kefu.core.pii.MaskResult;
import io.kefu.core.pii.PiiMasker;
import io.kefu.core.pii.PiiType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one way raw message text becomes what is stored, what models are trained on and what rules
 * and models see when serving: {@link TextNormalizer#normalize} then {@link PiiMasker#mask}. The
 * ingest job, the demo loader, {@code predict}, the streaming job and the inspection engine all
 * call it, so a phone number in a live message becomes {@code [PHONE]} exactly as it did in the
 * training data.
 *
 * <p>Preparing is idempotent: {@code prepare(prepare(x)).equals(prepare(x))}, so text read back
 * from the ingest output may be prepared again without harm. Two details make it so: normalising is
 * repeated until the text no longer changes (a character reference that decodes to markup, as in
 * {@code &amp;lt;b&amp;gt;}, is resolved at once rather than on the next pass); and since
 * normalising lower-cases ASCII, a placeholder in any case ({@code [phone]}) is written back as the
 * placeholder ({@code [PHONE]}), which the masker leaves alone. Null gives "". Thread-safe.
 */
public final class TextPreparation {

  private static final TextNormalizer NORMALIZER = new TextNormalizer();
  private static final PiiMasker MASKER = new PiiMasker();

  private TextPreparation() {}

  /** The normalised, masked text of one raw message. */
  public static String prepare(String raw) {
    return prepareCounted(raw).text();
  }

  /** {@link #prepare} of each text, in order. */
  public static List<String> prepareAll(List<String> raw) {
    List<String> out = new ArrayList<>(raw.size());
    for (String text : raw) {
      out.add(prepare(text));
    }
    return out;
  }

  /** {@link #prepare}, with how many values of each kind of personal data were masked. */
  public static MaskResult prepareCounted(String raw) {
    return MASKER.mask(restorePlaceholders(normalizeFully(raw)));
  }

  // A pass after the first changes the text only by removing characters, so this ends.
  private static String normalizeFully(String raw) {
    String text = NORMALIZER.normalize(raw);
    for (String again = NORMALIZER.normalize(text); !again.equals(text); ) {
      text = again;
      again = NORMALIZER.normalize(text);
    }
    return text;
  }

  // Normalised text is lower case, so only the lower-case form of a placeholder can occur.
  private static String restorePlaceholders(String normalized) {
    if (normalized.indexOf('[') < 0) {
      return normalized;
    }
    String out = normalized;
    for (PiiType type : PiiType.values()) {
      String placeholder = type.placeholder();
      String lower = placeholder.toLowerCase(Locale.ROOT);
      if (out.contains(lower)) {
        out = out.replace(lower, placeholder);
      }
    }
    return out;
  }
}
