package io.kefu.metrics.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.clickhouse.ClickHouseGateway;
import io.kefu.clickhouse.KefuSchema;
import io.kefu.testing.LocalStack;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A bounded Flink job on a two-slot MiniCluster writes through the sink into real ClickHouse. */
class ClickHouseSinkIntegrationTest {

  @RegisterExtension
  static final MiniClusterExtension FLINK =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  private ClickHouseGateway clickHouse;

  @BeforeEach
  void scratchDatabase() {
    clickHouse = LocalStack.scratchClickHouse();
  }

  @AfterEach
  void dropIt() {
    LocalStack.drop(clickHouse);
  }

  @Test
  void aBoundedJobWritesEveryRowOfEveryTableOnce() throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setParallelism(2);
    env.enableCheckpointing(200);

    env.fromSequence(0, 3_999)
        .map(SinkTestRows::ofEitherTable)
        .sinkTo(
            new ClickHouseSink(clickHouse.settings(), SinkSettings.defaults().withBatchRows(500)))
        .name("clickhouse");
    env.execute("clickhouse-sink-test");

    for (String table : new String[] {KefuSchema.MESSAGES, KefuSchema.LATE_EVENTS}) {
      assertThat(SinkTestRows.countFinal(clickHouse, table)).as(table).isEqualTo(2_000);
      assertThat(SinkTestRows.distinctEvents(clickHouse, table)).as(table).isEqualTo(2_000);
    }
  }
}
