package io.kefu.metrics.job;

import io.kefu.core.event.ChatEvent;
import io.kefu.core.event.ChatEventParser;
import io.kefu.core.event.EventTimestamps;
import io.kefu.core.event.ParsedEvent;
import io.kefu.core.pii.RecordMasker;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Parses and validates each record with core's parser (CONTRACT §2): valid events go on, invalid
 * ones to the {@link #DEAD} side output with every reason and the masked original.
 */
final class ParseEvents extends ProcessFunction<RawRecord, ChatEvent> {

  static final OutputTag<DeadLetter> DEAD = new OutputTag<>("dead-letters") {};

  private transient ChatEventParser parser;
  private transient RecordMasker masker;
  private transient LongCounter records;
  private transient LongCounter invalid;

  @Override
  public void open(OpenContext context) {
    parser = new ChatEventParser();
    masker = new RecordMasker();
    records = new LongCounter();
    invalid = new LongCounter();
    getRuntimeContext().addAccumulator("records", records);
    getRuntimeContext().addAccumulator("invalid", invalid);
  }

  // A re-delivered bad record (a replay, a restore) is the same dead letter, as a repeated event id
  // is the same event: keyed by its content, not by its Kafka offset, so FINAL counts it once.
  static String contentKey(String raw) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  @Override
  public void processElement(RawRecord record, Context ctx, Collector<ChatEvent> out) {
    records.add(1);
    ParsedEvent parsed = parser.parse(record.value());
    if (parsed instanceof ParsedEvent.Valid valid) {
      out.collect(valid.event());
      return;
    }
    ParsedEvent.Invalid bad = (ParsedEvent.Invalid) parsed;
    invalid.add(1);
    StringBuilder detail = new StringBuilder();
    bad.reasons()
        .forEach(r -> detail.append(detail.length() == 0 ? "" : "; ").append(r.describe()));
    Instant received = Instant.ofEpochMilli(Math.max(0, record.timestampMillis()));
    ctx.output(
        DEAD,
        new DeadLetter(
            EventTimestamps.businessDay(received).toString(),
            record.topic(),
            contentKey(record.value()),
            bad.eventId(),
            bad.primaryReason().wireName(),
            detail.toString(),
            masker.mask(record.value()).text(),
            received.toEpochMilli()));
  }
}
