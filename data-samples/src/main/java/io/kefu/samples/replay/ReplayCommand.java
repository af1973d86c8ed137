package io.kefu.samples.replay;

import io.kefu.cli.CommandLines;
import io.kefu.kafka.KafkaSettings;
import io.kefu.kafka.KafkaTopics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ./kefu replay}: publishes recorded raw chat logs to Kafka in event-time order (CONTRACT
 * §1) with {@link Replayer}. Progress goes to stderr, the summary as one JSON line to stdout. Exit
 * code 0 on success, 1 with a one-line reason when the input is missing or Kafka is unreachable, 2
 * for a bad flag.
 */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    version = "kefu replay 0.1.0",
    sortOptions = false,
    description = {
      "Publishes recorded raw chat logs (DIR/raw/*.jsonl as ./kefu generate writes them, a folder"
          + " of *.jsonl files, or one .jsonl file) to Kafka in event-time order: each line as"
          + " recorded (bad lines too, for the stream's dead-letter path), keyed by session_id;"
          + " a data folder's CSV exports (DIR/exports/*.csv) too, each valid row as its event's"
          + " JSON and an invalid row as its cells."
          + " Broker: $KEFU_KAFKA_BOOTSTRAP (default "
          + KafkaSettings.DEFAULT_BOOTSTRAP
          + "). The last line is a JSON summary."
    })
public final class ReplayCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--input",
      required = true,
      paramLabel = "DIR",
      description = "generated data folder, raw folder or .jsonl file")
  Path input;

  @Option(
      names = "--rate",
      paramLabel = "EVENTS_PER_S",
      description = "events per second, paced smoothly (default: as fast as possible)")
  Double rate;

  @Option(
      names = "--topic",
      paramLabel = "NAME",
      defaultValue = KafkaTopics.CHAT_EVENTS,
      description = "topic to publish to (default ${DEFAULT-VALUE})")
  String topic;

  @Override
  public Integer call() throws Exception {
    if (rate != null && !(rate > 0 && rate < Double.POSITIVE_INFINITY)) {
      throw new ParameterException(
          spec.commandLine(),
          "--rate: must be a positive number of events per second, not " + rate);
    }
    if (!Files.exists(input)) {
      throw new IllegalArgumentException("--input: no such file or folder: " + input);
    }
    ReplaySummary summary =
        Replayer.publish(
            KafkaSettings.fromEnvironment(),
            topic,
            input,
            rate == null ? Replayer.AS_FAST_AS_POSSIBLE : rate);
    spec.commandLine().getOut().println(summary.toJson());
    spec.commandLine().getOut().flush();
    return 0;
  }

  public static void main(String[] args) {
    System.exit(CommandLines.run(new ReplayCommand(), args));
  }
}
