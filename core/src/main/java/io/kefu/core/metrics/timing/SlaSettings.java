package io.kefu.core.metrics.timing;

import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * The service levels agent timing is measured against; a time equal to its SLA meets it (CONTRACT
 * §5 flags only a first reply <i>later</i> than 60 s and a wait of <i>more</i> than 120 s).
 *
 * @param firstResponse first customer message to first agent reply (default 60 s)
 * @param reply a customer message to the agent reply that answers it (default 120 s)
 */
public record SlaSettings(Duration firstResponse, Duration reply) implements Serializable {

  public static final SlaSettings DEFAULT =
      new SlaSettings(Duration.ofSeconds(60), Duration.ofSeconds(120));

  public SlaSettings {
    Objects.requireNonNull(firstResponse, "firstResponse");
    Objects.requireNonNull(reply, "reply");
    if (firstResponse.isNegative() || firstResponse.isZero()) {
      throw new IllegalArgumentException(
          "first-response SLA must be positive, got " + firstResponse);
    }
    if (reply.isNegative() || reply.isZero()) {
      throw new IllegalArgumentException("reply SLA must be positive, got " + reply);
    }
  }
}
