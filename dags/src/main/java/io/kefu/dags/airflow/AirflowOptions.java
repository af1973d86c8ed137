package io.kefu.dags.airflow;

import java.time.Duration;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options every {@code ./kefu airflow} subcommand takes; each overrides its environment
 * variable. The user and password come from the environment only, so they stay out of {@code ps}.
 */
public final class AirflowOptions {

  @Option(
      names = "--url",
      paramLabel = "URL",
      description =
          "Airflow's API server (3) or webserver (2) (default: $KEFU_AIRFLOW_URL, else "
              + AirflowSettings.DEFAULT_URL
              + ")")
  String url;

  @Option(
      names = "--api",
      paramLabel = "2|3",
      description =
          "Airflow 2 (/api/v1, basic auth) or 3 (/api/v2, token) (default: $KEFU_AIRFLOW_API, else"
              + " asked of the server)")
  String api;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description = "how long to wait for each answer (default: 30)")
  Integer timeoutSeconds;

  /**
   * The settings from the environment, with these options over them. A bad option is a usage error
   * (exit 2) naming the option; a bad environment variable fails the command (exit 1).
   */
  AirflowSettings settings(Map<String, String> environment, CommandSpec spec) {
    AirflowSettings settings = AirflowSettings.fromEnvironment(environment);
    try {
      if (url != null) {
        settings = settings.withBaseUrl(url);
      }
      if (api != null) {
        settings = settings.withApiVersion(AirflowApiVersion.parse(api));
      }
      if (timeoutSeconds != null) {
        if (timeoutSeconds < 1) {
          throw new IllegalArgumentException("--timeout is a number of seconds, 1 or more");
        }
        settings = settings.withRequestTimeout(Duration.ofSeconds(timeoutSeconds));
      }
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    return settings;
  }
}
