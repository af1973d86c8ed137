package io.kefu.qa.cli;

import io.kefu.cli.CommandLines;
import picocli.CommandLine.Command;

/** {@code ./kefu qa}: the QA managers' side of quality inspection. */
@Command(
    name = "qa",
    mixinStandardHelpOptions = true,
    description = "Quality inspection: the rules calibrated against the QA managers.",
    subcommands = {CalibrationCommand.class})
public final class QaCommand implements Runnable {

  @Override
  public void run() {
    throw new IllegalArgumentException(
        "name a subcommand: calibration (./kefu qa calibration --help)");
  }

  public static void main(String[] args) {
    System.exit(CommandLines.run(new QaCommand(), args));
  }
}
