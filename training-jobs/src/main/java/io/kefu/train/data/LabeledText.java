package io.kefu.train.data;

/**
 * One training example: prepared text and its label.
 *
 * @param text the message as {@link io.kefu.core.text.TextPreparation#prepare} gives it (the ingest
 *     output holds it so; a user's CSV is prepared when read for training), featurised by the model
 *     itself
 * @param label the class, e.g. an intent id or {@code positive}
 */
public record LabeledText(String text, String label) {

  public LabeledText {
    if (text == null || label == null || label.isBlank()) {
      throw new IllegalArgumentException("a labeled text needs a text and a label");
    }
  }
}
