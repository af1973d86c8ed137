package io.kefu.qa.backfill;

import io.kefu.clickhouse.ClickHouseSettings;
import java.time.Instant;
import java.util.Objects;

/**
 * A backfill run's settings.
 *
 * @param data the ingest output folder (path or Hadoop URI) whose {@code messages/} is read
 * @param models the production models, found on the driver
 * @param clickHouse where the tables are written
 * @param startedAt the run's start: every row's {@code version} and every inspection's {@code
 *     inspected_at}
 */
public record BackfillConfig(
    String data, BackfillModels models, ClickHouseSettings clickHouse, Instant startedAt) {

  public BackfillConfig {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(models, "models");
    Objects.requireNonNull(clickHouse, "clickHouse");
    Objects.requireNonNull(startedAt, "startedAt");
  }

  /**
   * The {@code version} of the run's rows: its start in epoch microseconds, the unit of the
   * streaming job's versions, so a later run (or the stream after it) replaces these rows under
   * FINAL and an earlier one's rows give way to them.
   */
  public long version() {
    return versionOf(startedAt);
  }

  static long versionOf(Instant at) {
    return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000);
  }
}
