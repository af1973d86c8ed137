package io.kefu.metrics.sink;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import org.apache.flink.api.common.operators.ProcessingTimeService;

/** Processing time a test moves by hand; due timers fire in the calling thread, as in a task. */
final class ManualTime implements ProcessingTimeService {

  private record Timer(long at, ProcessingTimeCallback callback) {}

  private final List<Timer> timers = new ArrayList<>();
  private long now;

  ManualTime(long start) {
    this.now = start;
  }

  @Override
  public long getCurrentProcessingTime() {
    return now;
  }

  // The writer ignores the future; nothing here cancels timers.
  @Override
  public ScheduledFuture<?> registerTimer(long timestamp, ProcessingTimeCallback callback) {
    timers.add(new Timer(timestamp, callback));
    return null;
  }

  void advanceTo(long time) throws Exception {
    now = time;
    while (true) {
      Timer due =
          timers.stream()
              .filter(t -> t.at() <= now)
              .min(Comparator.comparingLong(Timer::at))
              .orElse(null);
      if (due == null) {
        return;
      }
      timers.remove(due);
      due.callback().onProcessingTime(now);
    }
  }
}
