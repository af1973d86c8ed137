package io.kefu.qa.session;

import io.kefu.core.event.ChatEvent;
import io.kefu.core.text.TextPreparation;
import io.kefu.qa.phrase.FoldedText;
import io.kefu.qa.phrase.Separators;

/**
 * Turns a message event into what the rules read: core's {@link TextPreparation} (normalise, then
 * mask, as ingest, training and serving do), then the dodge-separator folding. Thread-safe.
 */
public final class MessagePreparer {

  private final Separators separators;

  public MessagePreparer(Separators separators) {
    this.separators = separators;
  }

  public PreparedMessage prepare(int index, ChatEvent message) {
    var mask = TextPreparation.prepareCounted(message.text());
    return new PreparedMessage(
        index,
        message.role(),
        message.ts().toInstant().toEpochMilli(),
        mask,
        FoldedText.of(mask.text(), separators),
        message.text());
  }
}
