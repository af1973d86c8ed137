package io.kefu.testing;

import io.kefu.clickhouse.ClickHouseGateway;
import io.kefu.clickhouse.ClickHouseSettings;
import io.kefu.clickhouse.KefuSchema;
import io.kefu.kafka.KafkaSettings;
import java.util.Locale;
import java.util.UUID;

/**
 * The real local stack that integration tests share ({@code ./kefu test} starts it once per run).
 * Each test gets a scratch ClickHouse database and its own Kafka topic names, so tests neither see
 * each other's rows nor the demo's.
 */
public final class LocalStack {

  private LocalStack() {}

  public static KafkaSettings kafka() {
    return KafkaSettings.fromEnvironment();
  }

  /** A scratch database with the full schema; drop it with {@link #drop}. */
  public static ClickHouseGateway scratchClickHouse() {
    ClickHouseSettings base = ClickHouseSettings.fromEnvironment();
    ClickHouseGateway gateway = ClickHouseGateway.connect(base.withDatabase(uniqueName("kefu_t")));
    KefuSchema.create(gateway);
    return gateway;
  }

  public static void drop(ClickHouseGateway gateway) {
    gateway.execute("DROP DATABASE IF EXISTS " + gateway.database());
    gateway.close();
  }

  /** A name unique to this run, safe as a database or topic name. */
  public static String uniqueName(String prefix) {
    return prefix
        + "_"
        + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
  }
}
