package io.kefu.core.metrics;

import io.kefu.core.event.Channel;
import io.kefu.core.event.EndReason;
import io.kefu.core.taxonomy.Intent;
import java.time.OffsetDateTime;

/** Sessions for metric tests, built from a start, a duration and an outcome. */
public final class MetricFixtures {

  /** 2026-11-02 10:00 +08:00. */
  public static final OffsetDateTime T0 = OffsetDateTime.parse("2026-11-02T10:00:00+08:00");

  private MetricFixtures() {}

  /** A session of customer c1 about a refund, 10 minutes long, ended with {@code reason}. */
  public static SessionFacts session(String id, OffsetDateTime start, EndReason reason) {
    return session(id, "c1", Intent.RETURN_REFUND, start, 10, reason);
  }

  public static SessionFacts session(
      String id,
      String customer,
      Intent intent,
      OffsetDateTime start,
      long minutes,
      EndReason reason) {
    return new SessionFacts(
        id, customer, intent, Channel.APP, "a1", start, start.plusMinutes(minutes), reason, null);
  }
}
