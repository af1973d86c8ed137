package io.kefu.dags.airflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code ./kefu airflow trigger DAG [--conf JSON] [--run-id ID]}. */
@Command(
    name = "trigger",
    mixinStandardHelpOptions = true,
    description = "Trigger a run of a DAG with a conf; prints the run as Airflow created it.")
public final class AirflowTriggerCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @ParentCommand AirflowCommand airflow;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin AirflowOptions options;

  @Parameters(index = "0", paramLabel = "DAG", description = "the DAG id")
  String dagId;

  @Option(
      names = "--conf",
      paramLabel = "JSON",
      description = "the run's conf, a JSON object, e.g. '{\"day\":\"2026-11-22\"}' (default: {})")
  String conf;

  @Option(
      names = "--run-id",
      paramLabel = "ID",
      description = "the run id (default: kefu__ and the time in UTC)")
  String runId;

  @Override
  public Integer call() {
    Map<String, Object> runConf = parseConf();
    DagRunRequest request =
        runId == null
            ? DagRunRequest.now(runConf, airflow.clock().instant())
            : new DagRunRequest(runId, null, runConf);
    DagRun run = airflow.client(options, spec).trigger(dagId, request);
    spec.commandLine().getOut().println("triggered " + AirflowCommand.describe(run));
    return 0;
  }

  private Map<String, Object> parseConf() {
    if (conf == null) {
      return Map.of();
    }
    try {
      JsonNode parsed = JSON.readTree(conf);
      if (parsed instanceof ObjectNode) {
        return JSON.convertValue(parsed, new TypeReference<Map<String, Object>>() {});
      }
    } catch (JsonProcessingException e) {
      // reported below, like any conf that is not an object
    }
    throw new CommandLine.ParameterException(
        spec.commandLine(), "--conf is a JSON object, e.g. '{\"day\":\"2026-11-22\"}': " + conf);
  }

  /** A conf as compact JSON, for the one-line output. */
  static String confJson(Map<String, Object> conf) {
    try {
      return JSON.writeValueAsString(conf);
    } catch (JsonProcessingException e) {
      return String.valueOf(conf);
    }
  }
}
