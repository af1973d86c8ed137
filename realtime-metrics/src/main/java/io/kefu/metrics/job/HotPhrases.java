package io.kefu.metrics.job;

import io.kefu.core.metrics.hot.CustomerMessage;
import io.kefu.core.metrics.hot.HotPhraseRow;
import io.kefu.core.metrics.hot.PhraseExtractor;
import io.kefu.core.metrics.hot.SpikeSettings;
import io.kefu.core.metrics.hot.WindowedPhrases;
import io.kefu.metrics.sink.TableRow;
import java.time.Duration;
import java.time.Instant;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Emerging phrases (one key for the whole stream: a phrase's baseline needs every window of it):
 * core's {@link WindowedPhrases} tallies the phrases of each customer message by sessions in the
 * message's 10-minute window; an event-time timer scores a window and keeps its top phrases once it
 * ended and the out-of-orderness allowance passed.
 */
final class HotPhrases extends KeyedProcessFunction<String, CustomerMessage, TableRow> {

  private final SpikeSettings settings;
  private final long settleMillis;
  private transient ValueState<WindowedPhrases> windows;
  private transient RowVersions versions;
  private transient Counter late;

  HotPhrases(SpikeSettings settings, Duration settle) {
    this.settings = settings;
    this.settleMillis = settle.toMillis();
  }

  @Override
  public void open(OpenContext context) {
    windows =
        getRuntimeContext()
            .getState(
                new ValueStateDescriptor<>("phrases", TypeInformation.of(WindowedPhrases.class)));
    versions = new RowVersions();
    late = getRuntimeContext().getMetricGroup().counter("latePhraseMessages");
  }

  @Override
  public void processElement(CustomerMessage message, Context ctx, Collector<TableRow> out)
      throws Exception {
    WindowedPhrases phrases = windows.value();
    if (phrases == null) {
      phrases = new WindowedPhrases(settings, new PhraseExtractor());
    }
    if (phrases.add(message)) {
      Instant window = settings.windowStart(message.ts().toInstant());
      ctx.timerService()
          .registerEventTimeTimer(
              window.toEpochMilli() + settings.windowSize().toMillis() + settleMillis);
    } else {
      late.inc();
    }
    windows.update(phrases);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<TableRow> out)
      throws Exception {
    WindowedPhrases phrases = windows.value();
    if (phrases == null) {
      return;
    }
    Instant cutoff =
        Instant.ofEpochMilli(timestamp - settleMillis - settings.windowSize().toMillis() + 1);
    for (HotPhraseRow row : phrases.closeBefore(cutoff)) {
      out.collect(Rows.hotPhrase(row, versions.next()));
    }
    windows.update(phrases);
  }
}
