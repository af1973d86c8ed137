package io.kefu.metrics.sink;

import io.kefu.clickhouse.ClickHouseSettings;
import java.io.IOException;
import java.io.InterruptedIOException;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * The Flink sink of every ClickHouse table the stream writes (Sink V2): rows of any table of {@code
 * io.kefu.clickhouse.KefuSchema}, batched per table, inserted as JSONEachRow through the gateway,
 * flushed before each checkpoint. While ClickHouse is down the writers retry and block, which
 * back-pressures the job; no row is dropped. Each writer creates the schema when it starts.
 */
public final class ClickHouseSink implements Sink<TableRow> {

  private static final long serialVersionUID = 1L;

  private final ClickHouseSettings clickHouse;
  private final SinkSettings settings;

  public ClickHouseSink(ClickHouseSettings clickHouse, SinkSettings settings) {
    this.clickHouse = clickHouse;
    this.settings = settings;
  }

  @Override
  public SinkWriter<TableRow> createWriter(WriterInitContext context) throws IOException {
    try {
      return new ClickHouseSinkWriter(
          clickHouse,
          settings,
          context.getProcessingTimeService(),
          context.metricGroup().getNumRecordsSendCounter());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while connecting to " + clickHouse.url());
    }
  }
}
