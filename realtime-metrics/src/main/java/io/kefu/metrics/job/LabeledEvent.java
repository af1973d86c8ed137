package io.kefu.metrics.job;

import io.kefu.core.event.ChatEvent;

/** An event with the models' reading when it is a customer message (null labels otherwise). */
public record LabeledEvent(ChatEvent event, MessageLabels labels) {

  static LabeledEvent unlabeled(ChatEvent event) {
    return new LabeledEvent(event, null);
  }
}
