package io.kefu.samples.schedule;

import java.util.List;

/**
 * The plans of a run, sorted by start time then session id.
 *
 * @param spikeSessions how many of them a {@code --spike} added on top of {@code --sessions}
 * @param emergingSessions how many of them an {@code --emerging} added on top of {@code --sessions}
 */
public record PlannedSessions(
    List<SessionPlan> sessions, int spikeSessions, int emergingSessions) {}
