package io.kefu.metrics.job;

/**
 * The event-time timers of one open or closed session (0 = none), so a timer that fires can be told
 * apart. A Flink POJO: public fields, no-argument constructor.
 */
public final class SessionTimers {
  /** Closes a session once the watermark passed its session_end. */
  public long close;

  /** Closes a session that had no event for the inactivity timeout. */
  public long inactivity;

  /** Inspects the closed session once its grace period passed. */
  public long inspect;

  /** Forgets the closed session once no late rating can count any more. */
  public long expire;

  public SessionTimers() {}
}
