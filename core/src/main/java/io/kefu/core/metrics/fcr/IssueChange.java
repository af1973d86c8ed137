package io.kefu.core.metrics.fcr;

import java.io.Serializable;

/**
 * A change of one issue, keyed by its first session: {@code before} null for a new issue, {@code
 * after} null for one withdrawn (an earlier session of the same customer and intent arrived late,
 * so the session became a repeat contact). Applying the changes in order gives the current issues;
 * {@link FcrDailyAggregator} turns them into daily rows.
 */
public record IssueChange(Issue before, Issue after) implements Serializable {

  public IssueChange {
    if (before == null && after == null) {
      throw new IllegalArgumentException("a change needs a before or an after");
    }
  }

  public String firstSessionId() {
    return after != null ? after.firstSessionId() : before.firstSessionId();
  }
}
