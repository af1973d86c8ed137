package io.kefu.metrics.job;

import io.kefu.core.event.ChatEvent;
import io.kefu.core.event.ChatEventParser;
import io.kefu.core.event.EventTimestamps;
import io.kefu.core.event.ParsedEvent;
import io.kefu.core.pii.RecordMasker;
import java.time.Instant;
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
            record.location(),
            bad.eventId(),
            bad.primaryReason().wireName(),
            detail.toString(),
            masker.mask(record.value()).text(),
            received.toEpochMilli()));
  }
}
