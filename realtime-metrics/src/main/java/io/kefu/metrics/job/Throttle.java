package io.kefu.metrics.job;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;

/**
 * Caps the records per second each source task passes on ({@code --max-rate}, shared evenly among
 * the tasks), so a replay of history can be read gently; waiting here back-pressures the source.
 */
final class Throttle extends RichMapFunction<RawRecord, RawRecord> {

  private final double perSecond;
  private transient double perTask;
  private transient long started;
  private transient long passed;

  Throttle(double perSecond) {
    this.perSecond = perSecond;
  }

  @Override
  public void open(OpenContext context) {
    perTask = perSecond / getRuntimeContext().getTaskInfo().getNumberOfParallelSubtasks();
    started = System.nanoTime();
  }

  @Override
  public RawRecord map(RawRecord record) throws InterruptedException {
    passed++;
    long due = started + (long) (passed * 1e9 / perTask);
    long wait = due - System.nanoTime();
    if (wait > 0) {
      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
    return record;
  }
}
