package io.kefu.dashboards.web;

import io.kefu.clickhouse.ClickHouseGateway;
import io.kefu.dashboards.auth.UserFile;
import io.kefu.registry.ModelRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * What the dashboards read and write.
 *
 * @param registry null when no registry is configured (the models page is then empty)
 * @param ingestReports {@code report.json} files of ingest runs for the data page
 */
public record DashboardServices(
    ClickHouseGateway gateway,
    UserFile users,
    ModelRegistry registry,
    List<Path> ingestReports,
    Clock clock) {}
