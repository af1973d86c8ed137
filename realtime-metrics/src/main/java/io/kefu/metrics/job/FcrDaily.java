package io.kefu.metrics.job;

import io.kefu.core.metrics.fcr.FcrDailyAggregator;
import io.kefu.core.metrics.fcr.FcrDailyRow;
import io.kefu.core.metrics.fcr.IssueChange;
import io.kefu.metrics.sink.TableRow;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by a {@code fcr_daily} key (day, intent, channel, agent): core's {@link FcrDailyAggregator}
 * sums the issue changes of the key; each change writes the key's whole row, with {@code final = 1}
 * once none of its issues is provisional.
 */
final class FcrDaily extends KeyedProcessFunction<String, IssueChange, TableRow> {

  private transient ValueState<FcrDailyAggregator> aggregator;
  private transient RowVersions versions;

  @Override
  public void open(OpenContext context) {
    aggregator =
        getRuntimeContext()
            .getState(
                new ValueStateDescriptor<>("fcr", TypeInformation.of(FcrDailyAggregator.class)));
    versions = new RowVersions();
  }

  @Override
  public void processElement(IssueChange change, Context ctx, Collector<TableRow> out)
      throws Exception {
    FcrDailyAggregator sums = aggregator.value();
    if (sums == null) {
      sums = new FcrDailyAggregator();
    }
    for (FcrDailyRow row : sums.apply(change)) {
      out.collect(Rows.fcrDaily(row, versions.next()));
    }
    aggregator.update(sums);
  }

  /** The key of the side of a change that is set; a change is split so each side has one key. */
  static String keyOf(IssueChange change) {
    return (change.after() != null ? change.after() : change.before()).key().toString();
  }
}
