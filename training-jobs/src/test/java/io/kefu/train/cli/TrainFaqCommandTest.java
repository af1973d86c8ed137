package io.kefu.train.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class TrainFaqCommandTest {

  @ParameterizedTest
  @ValueSource(strings = {"--test-data", "--test-labels"})
  void faqRejectsTheClassifiersTestSetOptionsInsteadOfIgnoringThem(String option) {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new TrainCommand()).setErr(new PrintWriter(err));

    int exit = cli.execute("faq", "--labels", "questions.csv", option, "somewhere");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("Unknown option", option);
  }

  @ParameterizedTest
  @ValueSource(strings = {"intent", "sentiment"})
  void theClassifiersStillTakeThem(String model) {
    CommandLine.ParseResult parsed =
        new CommandLine(new TrainCommand())
            .parseArgs(model, "--labels", "l.csv", "--test-labels", "t.csv", "--test-data", "d");

    assertThat(parsed.subcommand().hasMatchedOption("--test-labels")).isTrue();
    assertThat(parsed.subcommand().<String>matchedOptionValue("--test-data", "")).isEqualTo("d");
  }
}
