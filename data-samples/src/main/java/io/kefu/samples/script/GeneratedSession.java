package io.kefu.samples.script;

import io.kefu.core.event.ChatEvent;
import io.kefu.samples.schedule.SessionPlan;
import io.kefu.samples.truth.SessionTruth;
import java.util.List;

/** One generated session: its plan, its events in time order, and its ground truth. */
public record GeneratedSession(SessionPlan plan, List<ChatEvent> events, SessionTruth truth) {}
