package io.kefu.ingest.session;

import io.kefu.core.event.ChatEvent;
import io.kefu.core.session.SessionSummarizer;
import io.kefu.core.session.SessionSummary;
import io.kefu.ingest.label.GoldLabels;
import io.kefu.ingest.label.SessionLabeler;
import io.kefu.ingest.schema.IngestSchemas;
import io.kefu.ingest.schema.OutputRows;
import io.kefu.spark.schema.EventColumns;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;

/**
 * The per-session step of the ingest job: removes repeated event ids (the copy read first wins),
 * summarises the session with core's {@link SessionSummarizer}, weak-labels its customer messages
 * and emits the session's flat {@link IngestSchemas#OUTPUT} rows: the session, its messages, its
 * labeled utterances. A file's rejected records arrive as one group too and leave as quarantine
 * rows. Runs once per group after the job's only shuffle.
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

  /** Group key of a file's rejected records: they ride the same shuffle as the sessions. */
  public static final String QUARANTINE_KEY = "\u0001quarantine:";

  // Spark hands the key function the reader's own rows, which carry no schema: by position.
  private static final int VALID = IngestSchemas.RECORD.fieldIndex("valid");
  private static final int SOURCE = IngestSchemas.RECORD.fieldIndex("source");
  private static final int SESSION_ID = IngestSchemas.RECORD.fieldIndex("session_id");
  private static final int EVENT_AT = EventColumns.offsetIn(IngestSchemas.RECORD);

  /** The shuffle key of a record: its session, or its file when it was rejected. */
  public static String key(Row record) {
    return record.getBoolean(VALID)
        ? record.getString(SESSION_ID)
        : QUARANTINE_KEY + record.getString(SOURCE);
  }

  @Override
  public Iterator<Row> call(String key, Iterator<Row> records) {
    List<Row> all = new ArrayList<>();
    records.forEachRemaining(all::add);
    if (key.startsWith(QUARANTINE_KEY)) {
      return quarantine(all).iterator();
    }
    Map<String, Row> firstCopies = new LinkedHashMap<>();
    int duplicates = 0;
    all.sort(READ_ORDER);
    Map<String, Integer> masked = new HashMap<>();
    for (Row r : all) {
      if (firstCopies.putIfAbsent(r.getAs("event_id"), r) != null) {
        duplicates++;
      } else {
        addCounts(masked, r);
      }
    }
    List<SourcedEvent> events = new ArrayList<>(firstCopies.size());
    for (Row r : firstCopies.values()) {
      events.add(new SourcedEvent(toEvent(r), r.getAs("source"), r.<Long>getAs("line")));
    }
    events.sort(Comparator.comparing(SourcedEvent::event, SessionSummarizer.EVENT_ORDER));
    SessionSummary summary =
        SessionSummarizer.summarize(events.stream().map(SourcedEvent::event).toList());
    return new BundleBuilder(labeler, gold).build(summary, events, duplicates, masked).iterator();
  }

  private static List<Row> quarantine(List<Row> rejected) {
    List<Row> rows = new ArrayList<>(rejected.size());
    for (Row r : rejected) {
      Map<String, Integer> masked = new HashMap<>();
      addCounts(masked, r);
      Object[] values = {
        r.getAs("source"),
        r.getAs("line"),
        r.getAs("event_id"),
        r.getAs("reason"),
        r.getAs("detail"),
        r.getAs("raw"),
        r.getAs("day")
      };
      rows.add(
          OutputRows.of(IngestSchemas.KIND_QUARANTINE, IngestSchemas.QUARANTINE, values, masked));
    }
    return rows;
  }

  private static void addCounts(Map<String, Integer> into, Row record) {
    scala.collection.Map<String, Integer> counts = record.getMap(record.fieldIndex("masked"));
    if (counts != null) {
      scala.jdk.javaapi.CollectionConverters.asJava(counts)
          .forEach((k, v) -> into.merge(k, v, Integer::sum));
    }
  }

  /** An event and where it was read, for lineage in {@code messages/}. */
  record SourcedEvent(ChatEvent event, String source, long line) {}

  static ChatEvent toEvent(Row r) {
    return EventColumns.event(r, EVENT_AT);
  }
}
