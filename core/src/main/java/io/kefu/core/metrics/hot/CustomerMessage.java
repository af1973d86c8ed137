package io.kefu.core.metrics.hot;

import io.kefu.core.event.ChatEvent;
import io.kefu.core.text.TextPreparation;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** A customer message as emerging-phrase detection reads it: its session, time and masked text. */
public record CustomerMessage(String sessionId, OffsetDateTime ts, String maskedText)
    implements Serializable {

  public CustomerMessage {
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(ts, "ts");
    Objects.requireNonNull(maskedText, "maskedText");
  }

  /** A customer message event with its text prepared (normalised, then masked). */
  public static CustomerMessage of(ChatEvent message) {
    return new CustomerMessage(
        message.sessionId(), message.ts(), TextPreparation.prepare(message.text()));
  }
}
