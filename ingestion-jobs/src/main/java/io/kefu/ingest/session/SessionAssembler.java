package io.kefu.ingest.session;

import io.kefu.core.event.Channel;
import io.kefu.core.event.ChatEvent;
import io.kefu.core.event.EndReason;
import io.kefu.core.event.EventTimestamps;
import io.kefu.core.event.EventType;
import io.kefu.core.event.Role;
import io.kefu.core.session.SessionSummarizer;
import io.kefu.core.session.SessionSummary;
import io.kefu.ingest.label.GoldLabels;
import io.kefu.ingest.label.SessionLabeler;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;

/**
 * The per-session step of the ingest job: removes repeated event ids (the copy read first wins),
 * summarises the session with core's {@link SessionSummarizer}, weak-labels its customer messages
 * and emits one {@link io.kefu.ingest.schema.IngestSchemas#SESSION_BUNDLE} row. Runs once per
 * session after the job's only shuffle.
 */
public final class SessionAssembler implements FlatMapGroupsFunction<String, Row, Row> {

  private static final Comparator<Row> READ_ORDER =
      Comparator.comparing((Row r) -> r.<String>getAs("source"))
          .thenComparing(r -> r.<Long>getAs("line"));

  private final SessionLabeler labeler;
  private final GoldLabels gold;

  public SessionAssembler(SessionLabeler labeler, GoldLabels gold) {
    this.labeler = labeler;
    this.gold = gold;
  }

  @Override
  public Iterator<Row> call(String sessionId, Iterator<Row> records) {
    Map<String, Row> firstCopies = new LinkedHashMap<>();
    int duplicates = 0;
    List<Row> all = new ArrayList<>();
    records.forEachRemaining(all::add);
    all.sort(READ_ORDER);
    for (Row r : all) {
      if (firstCopies.putIfAbsent(r.getAs("event_id"), r) != null) {
        duplicates++;
      }
    }
    List<SourcedEvent> events = new ArrayList<>(firstCopies.size());
    for (Row r : firstCopies.values()) {
      events.add(new SourcedEvent(toEvent(r), r.getAs("source"), r.<Long>getAs("line")));
    }
    events.sort(Comparator.comparing(SourcedEvent::event, SessionSummarizer.EVENT_ORDER));
    SessionSummary summary =
        SessionSummarizer.summarize(events.stream().map(SourcedEvent::event).toList());
    return List.of(new BundleBuilder(labeler, gold).build(summary, events, duplicates)).iterator();
  }

  /** An event and where it was read, for lineage in {@code messages/}. */
  record SourcedEvent(ChatEvent event, String source, long line) {}

  static ChatEvent toEvent(Row r) {
    Instant ts = r.getAs("ts");
    String role = r.getAs("role");
    String endReason = r.getAs("end_reason");
    return new ChatEvent(
        r.getAs("event_id"),
        EventType.fromWire(r.getAs("type")),
        r.getAs("session_id"),
        r.getAs("customer_id"),
        r.getAs("agent_id"),
        Channel.fromWire(r.getAs("channel")),
        ts.atOffset(ZoneOffset.UTC),
        role == null ? null : Role.fromWire(role),
        r.getAs("text"),
        endReason == null ? null : EndReason.fromWire(endReason),
        r.getAs("rating"));
  }

  static java.time.LocalDate day(ChatEvent e) {
    return EventTimestamps.businessDay(e.ts());
  }
}
