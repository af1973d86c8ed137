package io.kefu.ingest.read;

import io.kefu.core.event.ChatEvent;
import io.kefu.core.event.EventTimestamps;
import io.kefu.core.event.ParsedEvent;
import io.kefu.core.event.Rejection;
import io.kefu.core.pii.MaskResult;
import io.kefu.core.pii.PiiType;
import io.kefu.ingest.schema.ScalaValues;
import io.kefu.spark.schema.EventColumns;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** Builds rows of {@link io.kefu.ingest.schema.IngestSchemas#RECORD}, field order as there. */
public final class RecordRows {

  private RecordRows() {}

  /** A valid event; {@code text} is its normalised, masked text (null for non-messages). */
  public static Row valid(String source, long line, ChatEvent e, MaskResult text) {
    return RowFactory.create(
        EventColumns.around(
            new Object[] {true, source, line},
            EventColumns.of(e, text == null ? null : text.text()),
            EventTimestamps.businessDay(e.ts()),
            null,
            null,
            null,
            ScalaValues.map(text == null ? Map.of() : counts(text))));
  }

  /** A rejected record with its masked original and the day it is filed under. */
  public static Row invalid(
      String source, long line, ParsedEvent.Invalid invalid, MaskResult raw, LocalDate day) {
    String detail =
        invalid.reasons().stream().map(Rejection::describe).collect(Collectors.joining("; "));
    return RowFactory.create(
        EventColumns.around(
            new Object[] {false, source, line},
            EventColumns.none(invalid.eventId()),
            day,
            invalid.primaryReason().wireName(),
            detail,
            raw.text(),
            ScalaValues.map(counts(raw))));
  }

  private static Map<String, Integer> counts(MaskResult result) {
    if (result.counts().isEmpty()) {
      return Map.of();
    }
    Map<String, Integer> counts = new HashMap<>();
    for (Map.Entry<PiiType, Integer> e : result.counts().entrySet()) {
      counts.put(e.getKey().wireName(), e.getValue());
    }
    return counts;
  }
}
