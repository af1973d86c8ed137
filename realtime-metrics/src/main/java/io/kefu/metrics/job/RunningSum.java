package io.kefu.metrics.job;

import io.kefu.metrics.sink.TableRow;
import java.io.Serializable;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by a daily table's key: adds each contribution (core's rows add up: {@code plus}) to the
 * key's running total and writes the whole total as the key's newest row. Whole rows with a rising
 * version, never increments, so a replay or a restore rewrites a key rather than adding to it.
 *
 * @param <T> a row type of core's metrics whose values add
 */
final class RunningSum<T> extends KeyedProcessFunction<String, T, TableRow> {

  /** Adds two contributions of the same key. */
  interface Plus<T> extends Serializable {
    T apply(T total, T contribution);
  }

  /** The table row of a total. */
  interface Writer<T> extends Serializable {
    TableRow write(T total, long version);
  }

  private final Class<T> type;
  private final Plus<T> plus;
  private final Writer<T> writer;
  private transient ValueState<T> total;
  private transient RowVersions versions;

  RunningSum(Class<T> type, Plus<T> plus, Writer<T> writer) {
    this.type = type;
    this.plus = plus;
    this.writer = writer;
  }

  @Override
  public void open(OpenContext context) {
    total =
        getRuntimeContext().getState(new ValueStateDescriptor<>("total", TypeInformation.of(type)));
    versions = new RowVersions();
  }

  @Override
  public void processElement(T contribution, Context ctx, Collector<TableRow> out)
      throws Exception {
    T before = total.value();
    T after = before == null ? contribution : plus.apply(before, contribution);
    total.update(after);
    out.collect(writer.write(after, versions.next()));
  }
}
