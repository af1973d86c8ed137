package io.kefu.dashboards;

import io.kefu.cli.CommandLines;
import io.kefu.clickhouse.ClickHouseGateway;
import io.kefu.clickhouse.ClickHouseSettings;
import io.kefu.clickhouse.KefuSchema;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./kefu dashboard}: serves the dashboards until interrupted. */
@Command(
    name = "dashboard",
    mixinStandardHelpOptions = true,
    description = "Serve the Kefu Insight dashboards over what the pipeline wrote to ClickHouse.")
public final class DashboardCommand implements Callable<Integer> {

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "HTTP port (default ${DEFAULT-VALUE})")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "bind address (default ${DEFAULT-VALUE})")
  String host;

  @Override
  public Integer call() throws Exception {
    ClickHouseGateway gateway = ClickHouseGateway.connect(ClickHouseSettings.fromEnvironment());
    KefuSchema.create(gateway);
    try (DashboardServer server = new DashboardServer(new PipelineSummary(gateway), host, port)) {
      System.out.println("dashboard: http://" + host + ":" + server.port() + "/  (Ctrl-C to stop)");
      new CountDownLatch(1).await();
    } finally {
      gateway.close();
    }
    return 0;
  }

  public static void main(String[] args) {
    System.exit(CommandLines.run(new DashboardCommand(), args));
  }
}
