package io.kefu.dashboards;

import io.kefu.cli.CommandLines;
import io.kefu.clickhouse.ClickHouseGateway;
import io.kefu.clickhouse.ClickHouseSettings;
import io.kefu.clickhouse.KefuSchema;
import io.kefu.dashboards.auth.UserFile;
import io.kefu.dashboards.web.DashboardServer;
import io.kefu.dashboards.web.DashboardServices;
import io.kefu.registry.ModelRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./kefu dashboard}: serves the dashboards until interrupted. */
@Command(
    name = "dashboard",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the Kefu Insight dashboards (hot issues, service quality, QA review, models, data)"
          + " over what the pipeline wrote to ClickHouse.",
      "Logins come from the users file: add them with ./kefu users add NAME --role ROLE."
    })
public final class DashboardCommand implements Callable<Integer> {

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "HTTP port (default ${DEFAULT-VALUE})")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "bind address (default ${DEFAULT-VALUE}: this machine only)")
  String host;

  @Option(
      names = "--users",
      paramLabel = "FILE",
      description = "the logins (default: $KEFU_STATE/dashboard/users.jsonl)")
  Path users;

  @Option(
      names = "--registry",
      paramLabel = "DIR|URI",
      description =
          "model registry for the models page and FAQ titles (default: $KEFU_REGISTRY, else"
              + " .kefu/demo/registry when it exists)")
  String registry;

  @Option(
      names = "--ingest-report",
      paramLabel = "FILE",
      description =
          "an ingest run's report.json for the data page; repeatable (default:"
              + " $KEFU_STATE/demo/ingested/report.json)")
  List<Path> ingestReports = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    UserFile userFile = new UserFile(users != null ? users : UserFile.defaultPath());
    if (userFile.all().isEmpty()) {
      System.err.println(
          "dashboard: no logins in "
              + userFile.path()
              + " yet; add one with ./kefu users add NAME --role qa_manager");
    }
    ClickHouseGateway gateway = ClickHouseGateway.connect(ClickHouseSettings.fromEnvironment());
    KefuSchema.create(gateway);
    DashboardServices services =
        new DashboardServices(
            gateway,
            userFile,
            openRegistry().orElse(null),
            ingestReports.isEmpty()
                ? List.of(state().resolve("demo/ingested/report.json"))
                : ingestReports,
            Clock.systemUTC());
    try (DashboardServer server = DashboardServer.start(services, host, port)) {
      System.out.println("dashboard: http://" + host + ":" + server.port() + "/  (Ctrl-C to stop)");
      new CountDownLatch(1).await();
    } finally {
      gateway.close();
    }
    return 0;
  }

  private Optional<ModelRegistry> openRegistry() {
    if (registry != null) {
      return Optional.of(ModelRegistry.open(registry));
    }
    String fromEnvironment = System.getenv(ModelRegistry.ENV_ROOT);
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return Optional.of(ModelRegistry.open(fromEnvironment));
    }
    Path demo = state().resolve("demo/registry");
    return Files.isDirectory(demo) ? Optional.of(ModelRegistry.open(demo)) : Optional.empty();
  }

  private static Path state() {
    String state = System.getenv("KEFU_STATE");
    return Path.of(state == null || state.isBlank() ? ".kefu" : state);
  }

  public static void main(String[] args) {
    System.exit(CommandLines.run(new DashboardCommand(), args));
  }
}
