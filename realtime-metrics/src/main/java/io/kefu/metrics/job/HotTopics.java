package io.kefu.metrics.job;

import io.kefu.core.metrics.hot.HotTopicRow;
import io.kefu.core.metrics.hot.SpikeSettings;
import io.kefu.core.metrics.hot.WindowedTopics;
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
 * Keyed by topic kind: core's {@link WindowedTopics} counts sessions per topic in the 10-minute
 * window of their start; an event-time timer scores and ranks a window once it ended and the settle
 * time passed (sessions close after they start).
 */
final class HotTopics extends KeyedProcessFunction<String, TopicMention, TableRow> {

  private final SpikeSettings settings;
  private final long settleMillis;
  private transient ValueState<WindowedTopics> windows;
  private transient RowVersions versions;
  private transient Counter late;

  HotTopics(SpikeSettings settings, Duration settle) {
    this.settings = settings;
    this.settleMillis = settle.toMillis();
  }

  @Override
  public void open(OpenContext context) {
    windows =
        getRuntimeContext()
            .getState(
                new ValueStateDescriptor<>("topics", TypeInformation.of(WindowedTopics.class)));
    versions = new RowVersions();
    late = getRuntimeContext().getMetricGroup().counter("lateTopicSessions");
  }

  @Override
  public void processElement(TopicMention mention, Context ctx, Collector<TableRow> out)
      throws Exception {
    WindowedTopics topics = windows.value();
    if (topics == null) {
      topics = new WindowedTopics(mention.kind(), settings);
    }
    Instant at = Instant.ofEpochMilli(mention.startMillis());
    if (topics.add(at, mention.topic())) {
      ctx.timerService().registerEventTimeTimer(scoreAt(settings.windowStart(at)));
    } else {
      late.inc();
    }
    windows.update(topics);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<TableRow> out)
      throws Exception {
    WindowedTopics topics = windows.value();
    if (topics == null) {
      return;
    }
    Instant cutoff =
        Instant.ofEpochMilli(timestamp - settleMillis - settings.windowSize().toMillis() + 1);
    for (HotTopicRow row : topics.closeBefore(cutoff)) {
      out.collect(Rows.hotTopic(row, versions.next()));
    }
    windows.update(topics);
  }

  private long scoreAt(Instant windowStart) {
    return windowStart.toEpochMilli() + settings.windowSize().toMillis() + settleMillis;
  }
}
