package io.kefu.qa.batch;

import io.kefu.core.event.ChatEvent;
import io.kefu.core.event.EventType;
import io.kefu.qa.engine.Inspection;
import io.kefu.qa.engine.InspectionEngine;
import io.kefu.qa.engine.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;

/**
 * Inspects one session: its valid events, deduplicated by event id (a repeated id counts once, the
 * earliest copy kept), go to {@link InspectionEngine#inspect}; out come rows of {@link
 * QaSchemas#OUTPUT}: the inspection, then its violations. The engine is built in the executor from
 * the {@link EngineSpec}, once per task, never shipped from the driver.
 */
public final class SessionInspector implements FlatMapGroupsFunction<String, Row, Row> {

  private final EngineSpec spec;
  private final Instant inspectedAt;
  private transient InspectionEngine engine;

  /**
   * @param inspectedAt the time recorded on every inspection of this run
   */
  public SessionInspector(EngineSpec spec, Instant inspectedAt) {
    this.spec = spec;
    this.inspectedAt = inspectedAt;
  }

  @Override
  public Iterator<Row> call(String sessionId, Iterator<Row> rows) {
    if (engine == null) {
      engine = spec.engine();
    }
    List<ChatEvent> events = deduplicated(rows);
    boolean ended = events.stream().anyMatch(e -> e.type() == EventType.SESSION_END);
    Inspection inspection = engine.inspect(sessionId, events);
    List<Row> out = new ArrayList<>(1 + inspection.violations().size());
    out.add(inspectionRow(inspection, ended));
    for (Violation v : inspection.violations()) {
      out.add(violationRow(inspection, v));
    }
    return out.iterator();
  }

  static List<ChatEvent> deduplicated(Iterator<Row> rows) {
    Map<String, ChatEvent> byId = new TreeMap<>();
    Comparator<ChatEvent> earliest = Comparator.comparing(ChatEvent::ts);
    while (rows.hasNext()) {
      ChatEvent e = EventRows.event(rows.next());
      byId.merge(e.eventId(), e, (a, b) -> earliest.compare(b, a) < 0 ? b : a);
    }
    return new ArrayList<>(byId.values());
  }

  private Row inspectionRow(Inspection i, boolean ended) {
    Object[] values = {
      i.sessionId(),
      i.day(),
      i.agentId(),
      i.channel(),
      i.score(),
      i.violations().size(),
      i.critical(),
      i.reviewQueued(),
      i.ruleSetVersion(),
      i.sentimentSource(),
      inspectedAt
    };
    return QaSchemas.FLAT.row(
        new Object[] {QaSchemas.KIND_INSPECTION, ended}, QaSchemas.INSPECTION, values);
  }

  private static Row violationRow(Inspection i, Violation v) {
    Object[] values = {
      i.sessionId(),
      i.day(),
      v.rule().id(),
      v.severity().wireName(),
      v.weight(),
      v.messageIndex(),
      v.evidence(),
      v.explanation()
    };
    return QaSchemas.FLAT.row(
        new Object[] {QaSchemas.KIND_VIOLATION, null}, QaSchemas.VIOLATION, values);
  }
}
