package io.kefu.core.metrics.fcr;

import io.kefu.core.metrics.DailyKey;
import io.kefu.core.metrics.SessionFacts;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * An issue of CONTRACT §3 and its FCR outcome as known at some "as of" time.
 *
 * @param firstSession the session that opened the issue; its start day, intent, channel and agent
 *     are the issue's dimensions
 * @param resolvedFirstContact the first session ended {@code resolved} and no session of the same
 *     customer and intent started within W after it ended (so far)
 * @param isFinal the outcome can no longer change: the window closed ({@code end + W <= asOf}), or
 *     a re-contact inside the window already decided it as not resolved
 */
public record Issue(SessionFacts firstSession, boolean resolvedFirstContact, boolean isFinal)
    implements Serializable {

  public Issue {
    Objects.requireNonNull(firstSession, "firstSession");
  }

  public String firstSessionId() {
    return firstSession.sessionId();
  }

  /** The daily row this issue counts in: the day it started and its first session's dimensions. */
  public DailyKey key() {
    return DailyKey.of(firstSession);
  }

  public Instant started() {
    return firstSession.start().toInstant();
  }
}
