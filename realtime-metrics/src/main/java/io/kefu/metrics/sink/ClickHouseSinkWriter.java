package io.kefu.metrics.sink;

import io.kefu.clickhouse.ClickHouseGateway;
import io.kefu.clickhouse.ClickHouseSettings;
import io.kefu.clickhouse.KefuSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.operators.ProcessingTimeService;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.metrics.Counter;

/**
 * Buffers rows per table and inserts a table's rows as one JSONEachRow batch when it holds {@link
 * SinkSettings#batchRows} rows, when its oldest row waited {@link SinkSettings#maxDelay} (a
 * processing-time timer), and on {@link #flush} — which Flink calls before each checkpoint and at
 * end of input, so every row is in ClickHouse before the checkpoint that covers it completes:
 * at-least-once. Replays after a restart write the same keys again with the same or a newer
 * version, which FINAL collapses (ReplacingMergeTree): exactly once as read. An insert that fails
 * is retried by {@link BlockingRetry}, which blocks the task thread until ClickHouse takes it.
 *
 * <p>Timers and records run in the task's one mailbox thread: no locking.
 */
final class ClickHouseSinkWriter implements SinkWriter<TableRow> {

  private static final long NONE = -1;

  private final SinkSettings settings;
  private final ProcessingTimeService time;
  private final Counter rowsSent;
  private final BlockingRetry retry;
  private final ClickHouseGateway gateway;
  private final Map<String, List<String>> buffers = new LinkedHashMap<>();
  // processing time (ms) the oldest row still buffered arrived; NONE when nothing is
  private long oldestArrival = NONE;
  private boolean timerSet;

  /**
   * Connects and creates the schema if needed, retrying (and so blocking) while ClickHouse is down.
   */
  ClickHouseSinkWriter(
      ClickHouseSettings clickHouse,
      SinkSettings settings,
      ProcessingTimeService time,
      Counter rowsSent)
      throws IOException, InterruptedException {
    this(settings, time, rowsSent, BlockingRetry.logging(settings, clickHouse.url()), clickHouse);
  }

  private ClickHouseSinkWriter(
      SinkSettings settings,
      ProcessingTimeService time,
      Counter rowsSent,
      BlockingRetry retry,
      ClickHouseSettings clickHouse)
      throws IOException, InterruptedException {
    this.settings = settings;
    this.time = time;
    this.rowsSent = rowsSent;
    this.retry = retry;
    this.gateway =
        retry.call(
            "connect and create the tables of " + clickHouse.database(),
            () -> connectWithSchema(clickHouse));
  }

  @Override
  public void write(TableRow row, Context context) throws IOException, InterruptedException {
    List<String> rows = buffers.computeIfAbsent(row.table(), t -> new ArrayList<>());
    rows.add(row.json());
    if (oldestArrival == NONE) {
      oldestArrival = time.getCurrentProcessingTime();
    }
    if (rows.size() >= settings.batchRows()) {
      insert(row.table());
    }
    insertAllIfDue();
  }

  @Override
  public void flush(boolean endOfInput) throws IOException, InterruptedException {
    insertAll();
  }

  @Override
  public void close() {
    gateway.close();
  }

  private void onTimer(long now) throws IOException, InterruptedException {
    timerSet = false;
    insertAllIfDue();
  }

  private void insertAllIfDue() throws IOException, InterruptedException {
    if (oldestArrival == NONE) {
      return;
    }
    long due = oldestArrival + settings.maxDelay().toMillis();
    if (time.getCurrentProcessingTime() >= due) {
      insertAll();
    } else if (!timerSet) {
      timerSet = true;
      time.registerTimer(due, this::onTimer);
    }
  }

  private void insertAll() throws IOException, InterruptedException {
    for (String table : new ArrayList<>(buffers.keySet())) {
      insert(table);
    }
  }

  private void insert(String table) throws IOException, InterruptedException {
    List<String> rows = buffers.remove(table);
    if (buffers.isEmpty()) {
      oldestArrival = NONE;
    }
    if (rows == null || rows.isEmpty()) {
      return;
    }
    retry.run(
        "INSERT INTO " + gateway.qualify(table) + " (" + rows.size() + " rows)",
        () -> gateway.insertJsonEachRow(table, rows));
    rowsSent.inc(rows.size());
  }

  private static ClickHouseGateway connectWithSchema(ClickHouseSettings clickHouse) {
    ClickHouseGateway gateway = ClickHouseGateway.connect(clickHouse);
    try {
      KefuSchema.create(gateway);
      return gateway;
    } catch (RuntimeException e) {
      gateway.close();
      throw e;
    }
  }
}
