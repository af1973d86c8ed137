package io.kefu.ingest.report;

import io.kefu.core.ingest.IngestLayout;
import io.kefu.core.label.WeakLabel;
import io.kefu.ingest.schema.IngestSchemas;
import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The figures of {@code report.json} counted from the ingest job's flat output rows ({@link
 * IngestSchemas#OUTPUT}): sessions and their duplicates, messages, quarantined records by reason,
 * masked entities by type, and the labeling report of the utterances. Mergeable, so each Spark
 * partition counts its own and the driver adds them up; a plain function of rows, so a test counts
 * rows it made without Spark.
 */
public final class OutputTally implements Serializable {

  // By position: the rows a session step emits carry no schema until Spark encodes them.
  private static final int KIND = IngestSchemas.OUTPUT.fieldIndex("kind");
  private static final int MASKED = IngestSchemas.OUTPUT.fieldIndex("masked");
  private static final int DUPLICATES = IngestSchemas.OUTPUT.fieldIndex("duplicates");
  private static final int REASON = IngestSchemas.OUTPUT.fieldIndex("reason");
  private static final int INTENT = IngestSchemas.OUTPUT.fieldIndex(IngestLayout.INTENT.label());
  private static final int INTENT_SOURCE =
      IngestSchemas.OUTPUT.fieldIndex(IngestLayout.INTENT.source());
  private static final int INTENT_VOTES =
      IngestSchemas.OUTPUT.fieldIndex(IngestLayout.INTENT.votes());
  private static final int SENTIMENT =
      IngestSchemas.OUTPUT.fieldIndex(IngestLayout.SENTIMENT.label());
  private static final int SENTIMENT_SOURCE =
      IngestSchemas.OUTPUT.fieldIndex(IngestLayout.SENTIMENT.source());
  private static final int SENTIMENT_VOTES =
      IngestSchemas.OUTPUT.fieldIndex(IngestLayout.SENTIMENT.votes());

  private long sessions;
  private long duplicates;
  private long messages;
  private final Map<String, Long> quarantined = new TreeMap<>();
  private final Map<String, Long> masked = new TreeMap<>();
  private final LabelingStats intent = new LabelingStats();
  private final LabelingStats sentiment = new LabelingStats();

  /** Counts one output row. */
  public OutputTally add(Row row) {
    addMasked(row);
    switch (row.getString(KIND)) {
      case IngestSchemas.KIND_SESSION -> {
        sessions++;
        duplicates += row.getInt(DUPLICATES);
      }
      case IngestSchemas.KIND_MESSAGE -> messages++;
      case IngestSchemas.KIND_QUARANTINE -> quarantined.merge(row.getString(REASON), 1L, Long::sum);
      case IngestSchemas.KIND_UTTERANCE -> {
        intent.add(
            row.getList(INTENT_VOTES), row.getString(INTENT), gold(row, INTENT_SOURCE, INTENT));
        sentiment.add(
            row.getList(SENTIMENT_VOTES),
            row.getString(SENTIMENT),
            gold(row, SENTIMENT_SOURCE, SENTIMENT));
      }
      default -> throw new IllegalArgumentException("unknown output kind " + row.getString(KIND));
    }
    return this;
  }

  /** Adds another tally's counts to this one. */
  public OutputTally merge(OutputTally other) {
    sessions += other.sessions;
    duplicates += other.duplicates;
    messages += other.messages;
    other.quarantined.forEach((k, v) -> quarantined.merge(k, v, Long::sum));
    other.masked.forEach((k, v) -> masked.merge(k, v, Long::sum));
    intent.merge(other.intent);
    sentiment.merge(other.sentiment);
    return this;
  }

  private void addMasked(Row row) {
    if (row.isNullAt(MASKED)) {
      return;
    }
    scala.collection.Map<String, Integer> counts = row.getMap(MASKED);
    CollectionConverters.asJava(counts).forEach((k, v) -> masked.merge(k, (long) v, Long::sum));
  }

  private static String gold(Row row, int source, int label) {
    return WeakLabel.SOURCE_GOLD.equals(row.getString(source)) ? row.getString(label) : null;
  }

  public long sessions() {
    return sessions;
  }

  /** Repeated copies of an event id, dropped from the messages. */
  public long duplicates() {
    return duplicates;
  }

  public long messages() {
    return messages;
  }

  /** Quarantined records by primary reason (wire name), sorted. */
  public Map<String, Long> quarantined() {
    return new TreeMap<>(quarantined);
  }

  /** Masked entities by PII type (wire name), sorted. */
  public Map<String, Long> masked() {
    return new TreeMap<>(masked);
  }

  public LabelingStats intent() {
    return intent;
  }

  public LabelingStats sentiment() {
    return sentiment;
  }
}
