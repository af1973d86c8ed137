package io.kefu.core.metrics.hot;

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
}
