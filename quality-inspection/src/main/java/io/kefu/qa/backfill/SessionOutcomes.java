package io.kefu.qa.backfill;

import io.kefu.clickhouse.ClickHouseRows;
import io.kefu.core.event.ChatEvent;
import io.kefu.core.metrics.SessionDigest;
import io.kefu.core.metrics.SessionFacts;
import io.kefu.core.metrics.timing.AgentTimingDaily;
import io.kefu.core.metrics.timing.SlaSettings;
import io.kefu.core.model.Prediction;
import io.kefu.core.model.Predictor;
import io.kefu.core.taxonomy.Intent;
import io.kefu.qa.engine.Inspection;
import io.kefu.qa.engine.InspectionEngine;
import io.kefu.qa.engine.InspectionRows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * One session of history as the streaming job's session step treats it (realtime-metrics {@code
 * SessionAssembler}): each customer message's intent from the intent model, core's {@link
 * SessionDigest} for summary, facts and masked messages, the FAQ cluster of its question, the
 * inspection, and the rows the stream writes for it. History is complete, so the session is
 * digested once with all its events: a rating that reached the stream after the close is already in
 * the summary here.
 */
public final class SessionOutcomes {

  private final Predictor intents;
  private final BiFunction<String, String, String> faqCluster;
  private final InspectionEngine engine;
  private final long version;
  private final Instant inspectedAt;

  /**
   * @param intents the production intent model
   * @param faqCluster the FAQ cluster id of a prepared question and its session's primary intent;
   *     "" without a FAQ model
   * @param version the {@code version} of every row of the run
   * @param inspectedAt the {@code inspected_at} of every inspection of the run
   */
  public SessionOutcomes(
      Predictor intents,
      BiFunction<String, String, String> faqCluster,
      InspectionEngine engine,
      long version,
      Instant inspectedAt) {
    this.intents = intents;
    this.faqCluster = faqCluster;
    this.engine = engine;
    this.version = version;
    this.inspectedAt = inspectedAt;
  }

  /**
   * @param events the session's events in any order; a repeated event id counts once
   */
  public SessionOutcome of(List<ChatEvent> events) {
    List<ChatEvent> unique = deduplicated(events);
    SessionDigest digest = SessionDigest.of(unique, intentsOf(unique));
    SessionFacts facts = digest.facts();
    String cluster = faqCluster.apply(digest.question(), facts.primaryIntent().id());
    Inspection inspection = engine.inspect(facts.sessionId(), unique);
    return new SessionOutcome(
        facts,
        cluster,
        // The stream writes the summary with the facts' end reason and rating; here the facts
        // come from this very summary, so it already holds both.
        ClickHouseRows.session(digest.summary(), facts.primaryIntent().id(), cluster, version),
        InspectionRows.inspection(inspection, inspectedAt, version),
        InspectionRows.violations(inspection, inspectedAt, version),
        AgentTimingDaily.ofSession(digest.summary(), SlaSettings.DEFAULT).orElse(null),
        digest.customerMessages());
  }

  private List<Intent> intentsOf(List<ChatEvent> events) {
    List<ChatEvent> customer = SessionDigest.customerMessages(events);
    if (customer.isEmpty()) {
      return List.of();
    }
    List<String> texts = new ArrayList<>(customer.size());
    customer.forEach(e -> texts.add(e.text()));
    List<Intent> out = new ArrayList<>(customer.size());
    for (Prediction p : intents.predict(texts)) {
      out.add(Intent.parse(p.label()));
    }
    return out;
  }

  /** The events with each id once, the earliest copy kept (the stream keeps the first seen). */
  static List<ChatEvent> deduplicated(List<ChatEvent> events) {
    Map<String, ChatEvent> byId = new LinkedHashMap<>();
    Comparator<ChatEvent> earliest = Comparator.comparing(e -> e.ts().toInstant());
    for (ChatEvent e : events) {
      byId.merge(e.eventId(), e, (a, b) -> earliest.compare(b, a) < 0 ? b : a);
    }
    return new ArrayList<>(byId.values());
  }
}
