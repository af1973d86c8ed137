package io.kefu.samples;

import io.kefu.core.event.EndReason;
import io.kefu.samples.schedule.ContactOutcome;
import io.kefu.samples.schedule.PlannedSessions;
import io.kefu.samples.schedule.RandomStreams;
import io.kefu.samples.schedule.SessionPlan;
import io.kefu.samples.schedule.SessionPlanner;
import io.kefu.samples.script.GeneratedSession;
import io.kefu.samples.script.SessionScripter;
import io.kefu.samples.text.Phrasebook;
import io.kefu.samples.truth.SessionTruth;
import java.util.List;

/**
 * The pure part of {@code kefu generate}: turns a {@link GeneratorConfig} into planned sessions
 * and, per session, its chat events and ground truth. No I/O, no clock: the same configuration
 * always gives the same sessions, in any order or degree of parallelism. Thread-safe.
 */
public final class ChatLogGenerator {

  private final SessionPlanner planner;
  private final SessionScripter scripter;

  public ChatLogGenerator(GeneratorConfig config) {
    this(config, Phrasebook.standard());
  }

  public ChatLogGenerator(GeneratorConfig config, Phrasebook book) {
    this.planner = new SessionPlanner(config, book);
    this.scripter = new SessionScripter(book, new RandomStreams(config.seed()), planner.ids());
  }

  /** Every session of the run, sorted by start time then session id. */
  public PlannedSessions plan() {
    return planner.plan(this::outcome);
  }

  private ContactOutcome outcome(SessionPlan plan) {
    SessionTruth truth = scripter.script(plan).truth();
    return new ContactOutcome(truth.end(), truth.endReason() == EndReason.RESOLVED);
  }

  /** The events and truth of one planned session. */
  public GeneratedSession script(SessionPlan plan) {
    return scripter.script(plan);
  }

  /** Every session of the run, scripted, in plan order (for tests and small runs). */
  public List<GeneratedSession> generate() {
    return plan().sessions().parallelStream().map(this::script).toList();
  }
}
