package io.kefu.metrics.job;

import io.kefu.core.event.ChatEvent;

/**
 * An event with the models' reading when it is a customer message (null labels otherwise).
 *
 * @param intentModel the registry version that gave the intent, e.g. {@code intent:3}
 */
public record LabeledEvent(
    ChatEvent event, String intent, String sentiment, String intentModel, String sentimentModel) {

  static LabeledEvent unlabeled(ChatEvent event) {
    return new LabeledEvent(event, null, null, null, null);
  }

  MessageLabels labels() {
    return intent == null ? null : new MessageLabels(intent, sentiment);
  }
}
