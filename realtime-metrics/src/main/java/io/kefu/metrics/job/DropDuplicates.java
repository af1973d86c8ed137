package io.kefu.metrics.job;

import io.kefu.core.event.ChatEvent;
import java.time.Duration;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by event id: the first copy of an event goes on, a re-delivered copy within the TTL is
 * dropped and counted (CONTRACT §2: a repeated id counts once). The copy may differ in key order,
 * offset or partition: only the id decides.
 */
final class DropDuplicates extends KeyedProcessFunction<String, ChatEvent, ChatEvent> {

  private final Duration ttl;
  private transient ValueState<Boolean> seen;
  private transient LongCounter duplicates;

  DropDuplicates(Duration ttl) {
    this.ttl = ttl;
  }

  @Override
  public void open(OpenContext context) {
    ValueStateDescriptor<Boolean> descriptor = new ValueStateDescriptor<>("seen", Boolean.class);
    descriptor.enableTimeToLive(
        StateTtlConfig.newBuilder(ttl)
            .setUpdateType(StateTtlConfig.UpdateType.OnCreateAndWrite)
            .setStateVisibility(StateTtlConfig.StateVisibility.NeverReturnExpired)
            .build());
    seen = getRuntimeContext().getState(descriptor);
    duplicates = new LongCounter();
    getRuntimeContext().addAccumulator("duplicates", duplicates);
  }

  @Override
  public void processElement(ChatEvent event, Context ctx, Collector<ChatEvent> out)
      throws Exception {
    if (seen.value() != null) {
      duplicates.add(1);
      return;
    }
    seen.update(Boolean.TRUE);
    out.collect(event);
  }
}
