package io.kefu.train.data;

/**
 * One training example: raw text and its label.
 *
 * @param text the message as written (normalised and featurised by the model itself)
 * @param label the class, e.g. an intent id or {@code positive}
 */
public record LabeledText(String text, String label) {

  public LabeledText {
    if (text == null || label == null || label.isBlank()) {
      throw new IllegalArgumentException("a labeled text needs a text and a label");
    }
  }
}
