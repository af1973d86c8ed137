package io.kefu.train.cli;

import io.kefu.cli.CommandLines;
import picocli.CommandLine.Command;

/** {@code ./kefu train intent|sentiment|faq}: the main class of the training job jar. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
      "Train, evaluate and register a model: Deeplearning4j intent and sentiment classifiers",
      "(with a Spark MLlib TF-IDF baseline on the same split) or the FAQ clustering.",
      "Prints the model's metrics as one JSON line last."
    },
    subcommands = {
      TrainClassifierCommand.Intent.class,
      TrainClassifierCommand.Sentiment.class,
      TrainFaqCommand.class
    })
public final class TrainCommand implements Runnable {

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        new picocli.CommandLine(this), "name a model: intent, sentiment or faq");
  }

  public static void main(String[] args) {
    System.exit(CommandLines.run(new TrainCommand(), args));
  }
}
