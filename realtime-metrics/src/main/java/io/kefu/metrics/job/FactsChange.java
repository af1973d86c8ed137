package io.kefu.metrics.job;

import io.kefu.core.metrics.SessionFacts;
import io.kefu.core.metrics.fcr.FcrCalculator;
import java.util.Objects;

/**
 * A closed session's facts as first counted ({@code before} null) or as changed since (a late
 * rating, a session_end after an inactivity close): what FCR and CSAT aggregate.
 */
public record FactsChange(SessionFacts before, SessionFacts after) {

  public FactsChange {
    Objects.requireNonNull(after, "after");
  }

  /** The (customer, primary intent) key of re-contact. */
  public String contactKey() {
    FcrCalculator.ContactKey key = FcrCalculator.ContactKey.of(after);
    return key.customerId() + "\u0000" + key.intent().id();
  }
}
