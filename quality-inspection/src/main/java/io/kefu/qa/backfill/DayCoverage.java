package io.kefu.qa.backfill;

import io.kefu.core.event.EventTimestamps;
import io.kefu.core.metrics.SessionFacts;
import java.io.Serializable;

/**
 * QA coverage of one Asia/Shanghai day (the day sessions started), CONTRACT §3: ended sessions and,
 * of those, the inspected ones. Contributions of the same day add up.
 *
 * @param day ISO date
 */
public record DayCoverage(String day, long ended, long inspected) implements Serializable {

  /** The contribution of one ended session. */
  public static DayCoverage ofEndedSession(SessionFacts facts, boolean inspected) {
    if (!facts.ended()) {
      throw new IllegalArgumentException("session " + facts.sessionId() + " has not ended");
    }
    return new DayCoverage(
        EventTimestamps.businessDay(facts.start()).toString(), 1, inspected ? 1 : 0);
  }

  public DayCoverage plus(DayCoverage other) {
    if (!day.equals(other.day)) {
      throw new IllegalArgumentException("cannot add coverage of " + day + " and " + other.day);
    }
    return new DayCoverage(day, ended + other.ended, inspected + other.inspected);
  }
}
