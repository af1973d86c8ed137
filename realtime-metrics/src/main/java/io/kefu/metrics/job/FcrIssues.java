package io.kefu.metrics.job;

import io.kefu.core.metrics.fcr.IssueChange;
import io.kefu.core.metrics.fcr.IssueTracker;
import io.kefu.core.metrics.fcr.RecontactWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by (customer, primary intent): core's {@link IssueTracker} in keyed state turns closed
 * sessions into issue changes. "As of" is the watermark less the longest a session may stay open
 * (every session that started before it has closed), so a provisional issue becomes final by an
 * event-time timer once its re-contact window closed that far behind the watermark; at the end of a
 * bounded input every issue becomes final.
 */
final class FcrIssues extends KeyedProcessFunction<String, FactsChange, IssueChange> {

  private final RecontactWindow window;
  private final long maxOpenMillis;
  private transient ValueState<IssueTracker> tracker;
  private transient ValueState<Long> timer;

  FcrIssues(RecontactWindow window, Duration sessionMaxOpen) {
    this.window = window;
    this.maxOpenMillis = sessionMaxOpen.toMillis();
  }

  @Override
  public void open(OpenContext context) {
    tracker =
        getRuntimeContext()
            .getState(new ValueStateDescriptor<>("issues", TypeInformation.of(IssueTracker.class)));
    timer = getRuntimeContext().getState(new ValueStateDescriptor<>("timer", Long.class));
  }

  @Override
  public void processElement(FactsChange change, Context ctx, Collector<IssueChange> out)
      throws Exception {
    IssueTracker issues = tracker.value();
    if (issues == null) {
      issues = new IssueTracker(window);
    }
    emit(issues.onSessionClosed(change.after()), out);
    tracker.update(issues);
    schedule(issues, ctx);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<IssueChange> out)
      throws Exception {
    IssueTracker issues = tracker.value();
    timer.clear();
    if (issues == null) {
      return;
    }
    emit(issues.onTime(Instant.ofEpochMilli(timestamp - maxOpenMillis)), out);
    if (issues.isEmpty()) {
      tracker.clear();
      return;
    }
    tracker.update(issues);
    schedule(issues, ctx);
  }

  // The next issue to become final, else the time the last session leaves the window (the state
  // can go then); shifted by the longest a session stays open.
  private void schedule(IssueTracker issues, Context ctx) throws Exception {
    Long current = timer.value();
    if (current != null) {
      ctx.timerService().deleteEventTimeTimer(current);
      timer.clear();
    }
    if (issues.isEmpty()) {
      return;
    }
    List<io.kefu.core.metrics.SessionFacts> held = issues.snapshot().sessions();
    Instant due =
        issues
            .nextFinalisation()
            .orElseGet(
                () -> window.closesAt(held.get(held.size() - 1).start().toInstant()).plusMillis(1));
    long at = due.toEpochMilli() + maxOpenMillis;
    ctx.timerService().registerEventTimeTimer(at);
    timer.update(at);
  }

  private static void emit(List<IssueChange> changes, Collector<IssueChange> out) {
    changes.forEach(out::collect);
  }
}
