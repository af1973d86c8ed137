package io.kefu.dags.pipeline;

import io.kefu.cli.CommandLines;
import io.kefu.dags.pipeline.StepResult.Status;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./kefu retrain}: the {@code kefu_retrain} pipeline of {@code dags/pipelines.yaml} run
 * here, step by step, where no Airflow runs; {@code --pipeline} runs another of the file.
 */
@Command(
    name = "retrain",
    mixinStandardHelpOptions = true,
    description = {
      "Run the kefu_retrain pipeline of dags/pipelines.yaml locally, in order, with retries and"
          + " timeouts: ingest, train intent, sentiment and faq, evaluate, promote through the"
          + " gate, notify. A failed step stops the steps that wait for it; a refusal of the gate is"
          + " a decision, shown with both figures. Exit 0 when no step failed."
    })
public final class RetrainCommand implements Callable<Integer> {

  @Option(names = "--day", description = "the day the run is for (default: today in Asia/Shanghai)")
  LocalDate day;

  @Option(
      names = "--input",
      paramLabel = "DIR",
      description = "chat logs to ingest (default: the pipeline's, the committed sample)")
  String input;

  @Option(
      names = "--registry",
      paramLabel = "DIR|URI",
      description = "model registry (default: $KEFU_REGISTRY, else the pipeline's)")
  String registry;

  @Option(
      names = "--work",
      paramLabel = "DIR",
      description = "working folder (default: $KEFU_STATE/retrain/DAY)")
  Path work;

  @Option(
      names = "--pipeline",
      defaultValue = "kefu_retrain",
      description = "which pipeline of the file (default ${DEFAULT-VALUE})")
  String pipelineName;

  @Option(
      names = "--file",
      paramLabel = "FILE",
      description = "the pipeline file (default: dags/pipelines.yaml)")
  Path file;

  @Override
  public Integer call() {
    Path checkout = Path.of(System.getProperty("kefu.root", ".")).toAbsolutePath().normalize();
    Pipeline pipeline =
        PipelineFile.read(
            file != null ? file : checkout.resolve(PipelineFile.DEFAULT), pipelineName);
    LocalDate runDay = day != null ? day : LocalDate.now(ZoneId.of("Asia/Shanghai"));
    String state = System.getenv().getOrDefault("KEFU_STATE", checkout.resolve(".kefu").toString());
    Path workDir =
        (work != null ? work : Path.of(state, "retrain", runDay.toString())).toAbsolutePath();
    Map<String, String> values = new LinkedHashMap<>(pipeline.params());
    values.put("day", runDay.toString());
    values.put("work", workDir.toString());
    values.put("jobs", checkout.toString());
    if (input != null) {
      values.put("input", input);
    }
    String envRegistry = System.getenv("KEFU_REGISTRY");
    if (registry != null) {
      values.put("registry", registry);
    } else if (envRegistry != null && !envRegistry.isBlank()) {
      values.put("registry", envRegistry);
    }
    System.out.println(
        "["
            + pipeline.name()
            + "] "
            + pipeline.steps().size()
            + " steps for "
            + runDay
            + "; logs in "
            + workDir.resolve("logs"));
    long start = System.nanoTime();
    List<StepResult> results =
        new LocalRunner(checkout, workDir.resolve("logs"), System.out).run(pipeline, values);
    System.out.print(RunSummary.render(pipeline, results, (System.nanoTime() - start) / 1e9));
    return results.stream().anyMatch(StepResult::failed) ? CommandLines.FAILED : 0;
  }

  public static void main(String[] args) {
    System.exit(CommandLines.run(new RetrainCommand(), args));
  }

  /** Not a step status a summary needs to say twice. */
  static boolean decided(StepResult r) {
    return r.status() == Status.SUCCEEDED || r.status() == Status.SKIPPED;
  }
}
