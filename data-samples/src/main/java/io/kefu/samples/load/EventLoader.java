package io.kefu.samples.load;

import io.kefu.clickhouse.ClickHouseGateway;
import io.kefu.clickhouse.ClickHouseRows;
import io.kefu.clickhouse.KefuSchema;
import io.kefu.core.event.ChatEvent;
import io.kefu.core.event.EventTimestamps;
import io.kefu.core.event.ParsedEvent;
import io.kefu.core.event.export.RawRecords;
import io.kefu.core.pii.MaskResult;
import io.kefu.core.pii.PiiMasker;
import io.kefu.core.pii.RecordMasker;
import io.kefu.core.text.TextPreparation;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Loads a chat-log folder into ClickHouse: valid events into {@code kefu.messages} with their text
 * masked, invalid records into {@code kefu.dead_letters} with the reason and the masked original,
 * repeated event ids once. Nothing read is dropped without being counted. Loading the same folder
 * again leaves the same rows when read with FINAL.
 */
public final class EventLoader {

  private final ClickHouseGateway gateway;
  private final RecordMasker masker;
  private final int batchSize;

  public EventLoader(ClickHouseGateway gateway, PiiMasker masker, int batchSize) {
    this.gateway = gateway;
    this.masker = new RecordMasker(masker);
    this.batchSize = batchSize;
  }

  public LoadTally load(Path dir) throws IOException {
    KefuSchema.create(gateway);
    LoadTally tally = new LoadTally();
    Set<String> seen = new HashSet<>();
    List<String> messages = new ArrayList<>(batchSize);
    List<String> deadLetters = new ArrayList<>();
    Instant now = Instant.now();
    long version = now.toEpochMilli();
    new RawLogReader()
        .read(
            dir,
            record -> {
              tally.recordsRead++;
              if (record.parsed() instanceof ParsedEvent.Valid valid) {
                ChatEvent event = valid.event();
                if (!seen.add(event.eventId())) {
                  tally.duplicates++;
                  return;
                }
                messages.add(ClickHouseRows.message(event, enrichment(event, tally), version));
                tally.loaded++;
                if (messages.size() >= batchSize) {
                  flush(KefuSchema.MESSAGES, messages);
                }
              } else {
                ParsedEvent.Invalid invalid = (ParsedEvent.Invalid) record.parsed();
                tally.deadLettersByReason.merge(invalid.primaryReason().wireName(), 1L, Long::sum);
                deadLetters.add(deadLetter(record, invalid, now, version));
              }
            });
    flush(KefuSchema.MESSAGES, messages);
    flush(KefuSchema.DEAD_LETTERS, deadLetters);
    return tally;
  }

  private ClickHouseRows.Enrichment enrichment(ChatEvent event, LoadTally tally) {
    if (event.text() == null) {
      return ClickHouseRows.Enrichment.maskedOnly("");
    }
    MaskResult masked = TextPreparation.prepareCounted(event.text());
    masked
        .counts()
        .forEach((type, n) -> tally.maskedByType.merge(type.wireName(), (long) n, Long::sum));
    return ClickHouseRows.Enrichment.maskedOnly(masked.text());
  }

  private String deadLetter(
      RawRecord record, ParsedEvent.Invalid invalid, Instant now, long version) {
    StringBuilder detail = new StringBuilder();
    invalid
        .reasons()
        .forEach(r -> detail.append(detail.length() == 0 ? "" : "; ").append(r.describe()));
    return ClickHouseRows.deadLetter(
        dayOf(record.source(), now),
        record.source(),
        "line " + record.line(),
        invalid.eventId(),
        invalid.primaryReason().wireName(),
        detail.toString(),
        masker.mask(record.raw()).text(),
        now,
        version);
  }

  // A dead letter belongs to its file's day, so reloading the file keys it the same way.
  private static LocalDate dayOf(String source, Instant now) {
    return RawRecords.dayInName(source)
        .orElseGet(() -> LocalDate.ofInstant(now, EventTimestamps.BUSINESS_ZONE));
  }

  private void flush(String table, List<String> rows) {
    gateway.insertJsonEachRow(table, rows);
    rows.clear();
  }
}
