package io.kefu.dashboards;

import io.kefu.clickhouse.ClickHouseGateway;
import io.kefu.clickhouse.KefuSchema;
import java.util.List;
import java.util.Map;

/**
 * What has reached ClickHouse so far: events per Asia/Shanghai day and type, sessions, and dead
 * letters by reason. Read with FINAL so replays count once.
 */
public final class PipelineSummary {

  private final ClickHouseGateway gateway;

  public PipelineSummary(ClickHouseGateway gateway) {
    this.gateway = gateway;
  }

  /** Rows of {@code day, type, events, sessions}, ordered by day and type. */
  public List<Map<String, Object>> eventsByDay() {
    return gateway.query(
        "SELECT toString(day) AS day, type, count() AS events, uniqExact(session_id) AS sessions"
            + " FROM "
            + gateway.qualify(KefuSchema.MESSAGES)
            + " FINAL GROUP BY day, type ORDER BY day, type");
  }

  /** Rows of {@code reason, records}, most frequent first. */
  public List<Map<String, Object>> deadLettersByReason() {
    return gateway.query(
        "SELECT reason, count() AS records FROM "
            + gateway.qualify(KefuSchema.DEAD_LETTERS)
            + " FINAL GROUP BY reason ORDER BY records DESC, reason");
  }
}
