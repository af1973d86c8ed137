package io.kefu.qa.cli;

import io.kefu.cli.CommandLines;
import io.kefu.core.event.ChatEvent;
import io.kefu.core.event.export.EventFolder;
import io.kefu.qa.batch.SentimentChoice;
import io.kefu.qa.bench.InspectionBenchmark;
import io.kefu.qa.config.QaRuleSet;
import io.kefu.qa.engine.LexiconSentiment;
import io.kefu.qa.engine.Sentiment;
import io.kefu.qa.engine.SentimentSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./kefu bench inspect}: the inspection engine's sessions/s on the calling thread over the
 * sessions of generated chat logs, three ways in one run: the rules alone (sentiment answered
 * without work), with the sentiment lexicon, and with the registry's production sentiment model
 * when there is one. Prints each figure, then one JSON line last.
 */
@Command(
    name = "bench inspect",
    mixinStandardHelpOptions = true,
    description = {
      "Sessions/s of the inspection engine on one thread over generated chat logs:",
      "rules alone, with the sentiment lexicon, and with the production sentiment model."
    })
public final class InspectBenchCommand implements Callable<Integer> {

  @Option(
      names = "--input",
      required = true,
      description = "generated chat logs (./kefu generate --out)")
  Path input;

  @Option(
      names = "--registry",
      description = "model registry (default: $KEFU_REGISTRY, else ./.kefu/registry)")
  String registry;

  @Option(
      names = "--seconds",
      defaultValue = "5",
      description = "measured seconds per variant (default ${DEFAULT-VALUE})")
  double seconds;

  @Override
  public Integer call() throws IOException {
    List<List<ChatEvent>> sessions = EventFolder.sessions(input);
    if (sessions.isEmpty()) {
      throw new IllegalArgumentException(
          "no valid events under " + input + "; run ./kefu generate");
    }
    QaRuleSet rules = QaRuleSet.defaults();
    SentimentChoice choice = SentimentChoice.decide(registry);
    System.err.printf("[bench] %,d sessions from %s; %s%n", sessions.size(), input, choice.why());
    // A discarded first pass: the JIT compiles the engine before any variant is timed.
    InspectionBenchmark.measure(rules, LexiconSentiment.packaged(), sessions, seconds / 2);
    String rulesOnly = measure("rules alone", rules, new NoSentiment(), sessions);
    String lexicon = measure("with the lexicon", rules, LexiconSentiment.packaged(), sessions);
    String model = "null";
    if (choice.version() != null) {
      SentimentSource source = choice.load();
      model = measure("with " + source.source(), rules, source, sessions);
    }
    System.out.printf(
        "{\"benchmark\":\"inspect\",\"sessions\":%d,\"rules_only\":%s,\"lexicon\":%s,\"model\":%s}%n",
        sessions.size(), rulesOnly, lexicon, model);
    return 0;
  }

  private String measure(
      String what, QaRuleSet rules, SentimentSource sentiment, List<List<ChatEvent>> sessions) {
    InspectionBenchmark.Result r = InspectionBenchmark.measure(rules, sentiment, sessions, seconds);
    System.err.printf(
        "[bench] %-22s %,10.0f sessions/s (%,.0f per CPU-second)%n",
        what, r.sessionsPerSecond(), r.sessionsPerCpuSecond());
    return r.toJson();
  }

  /** The rules alone: every message neutral, at no cost. */
  private static final class NoSentiment implements SentimentSource {
    @Override
    public Sentiment sentimentOf(String preparedText) {
      return Sentiment.NEUTRAL;
    }

    @Override
    public String source() {
      return "none";
    }
  }

  public static void main(String[] args) {
    System.exit(CommandLines.run(new InspectBenchCommand(), args));
  }
}
