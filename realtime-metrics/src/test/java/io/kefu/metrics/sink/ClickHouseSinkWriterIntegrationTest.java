package io.kefu.metrics.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.clickhouse.ClickHouseGateway;
import io.kefu.clickhouse.ClickHouseSettings;
import io.kefu.clickhouse.KefuSchema;
import io.kefu.testing.LocalStack;
import io.kefu.testing.TcpProxy;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.flink.metrics.SimpleCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sink's writer driven directly against the real ClickHouse server, and through an outage. */
class ClickHouseSinkWriterIntegrationTest {

  private ClickHouseGateway clickHouse;
  private final SimpleCounter sent = new SimpleCounter();

  @BeforeEach
  void scratchDatabase() {
    clickHouse = LocalStack.scratchClickHouse();
  }

  @AfterEach
  void dropIt() {
    LocalStack.drop(clickHouse);
  }

  @Test
  void aFullBatchIsInsertedAtOnceAndTheRestOnFlush() throws Exception {
    ManualTime time = new ManualTime(0);
    try (ClickHouseSinkWriter writer =
        new ClickHouseSinkWriter(
            clickHouse.settings(), SinkSettings.defaults().withBatchRows(100), time, sent)) {
      for (int n = 0; n < 250; n++) {
        writer.write(SinkTestRows.message(n), null);
      }
      assertThat(SinkTestRows.countFinal(clickHouse, KefuSchema.MESSAGES)).isEqualTo(200);

      writer.flush(false);
    }
    assertThat(SinkTestRows.countFinal(clickHouse, KefuSchema.MESSAGES)).isEqualTo(250);
    assertThat(sent.getCount()).isEqualTo(250);
  }

  @Test
  void rowsOlderThanTheMaxDelayAreInsertedByTheTimerWithoutAFlush() throws Exception {
    ManualTime time = new ManualTime(10_000);
    try (ClickHouseSinkWriter writer =
        new ClickHouseSinkWriter(clickHouse.settings(), SinkSettings.defaults(), time, sent)) {
      for (int n = 0; n < 10; n++) {
        writer.write(SinkTestRows.ofEitherTable(n), null);
      }
      time.advanceTo(10_999);
      assertThat(sent.getCount()).isZero();

      time.advanceTo(11_000);
    }
    assertThat(SinkTestRows.countFinal(clickHouse, KefuSchema.MESSAGES)).isEqualTo(5);
    assertThat(SinkTestRows.countFinal(clickHouse, KefuSchema.LATE_EVENTS)).isEqualTo(5);
  }

  @Test
  void whileClickHouseIsDownTheWriterBlocksAndLosesNoRow() throws Exception {
    URI server = URI.create(clickHouse.settings().url());
    try (TcpProxy proxy = TcpProxy.to(server.getHost(), server.getPort())) {
      ClickHouseSettings proxied =
          clickHouse.settings().withUrl("http://127.0.0.1:" + proxy.port());
      SinkSettings settings =
          SinkSettings.defaults()
              .withBatchRows(100)
              .withBackoff(Duration.ofMillis(100), Duration.ofSeconds(1));
      ClickHouseSinkWriter writer =
          new ClickHouseSinkWriter(proxied, settings, new ManualTime(0), sent);
      CountDownLatch firstHalfWritten = new CountDownLatch(1);
      CountDownLatch cut = new CountDownLatch(1);
      AtomicLong accepted = new AtomicLong();
      AtomicReference<Throwable> failure = new AtomicReference<>();
      Thread task =
          new Thread(
              () -> {
                try (writer) {
                  for (int n = 0; n < 1_500; n++) {
                    writer.write(SinkTestRows.message(n), null);
                    accepted.incrementAndGet();
                    if (n == 749) {
                      firstHalfWritten.countDown();
                      cut.await();
                    }
                  }
                  writer.flush(true);
                } catch (Throwable t) {
                  failure.set(t);
                }
              },
              "sink-writer");
      task.start();
      assertThat(firstHalfWritten.await(20, TimeUnit.SECONDS)).isTrue();

      proxy.cut();
      cut.countDown();
      Thread.sleep(5_000);

      // 7 batches went in before the cut; the 8th, full at row 800, waits with its write call.
      assertThat(task.isAlive()).isTrue();
      assertThat(accepted.get()).isEqualTo(799);
      assertThat(SinkTestRows.countFinal(clickHouse, KefuSchema.MESSAGES)).isEqualTo(700);

      proxy.restore();
      task.join(20_000);

      assertThat(failure.get()).isNull();
      assertThat(task.isAlive()).isFalse();
    }
    assertThat(SinkTestRows.countFinal(clickHouse, KefuSchema.MESSAGES)).isEqualTo(1_500);
    assertThat(SinkTestRows.distinctEvents(clickHouse, KefuSchema.MESSAGES)).isEqualTo(1_500);
  }
}
