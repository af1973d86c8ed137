package io.kefu.samples.schedule;

import java.time.Instant;

/**
 * How a planned session turns out once scripted: when its {@code session_end} is and whether it
 * ended {@code resolved}. The planner needs it to place a return relative to a session's end.
 */
public record ContactOutcome(Instant end, boolean resolved) {}
