package io.kefu.qa.bench;

import io.kefu.core.event.ChatEvent;
import io.kefu.qa.config.QaRuleSet;
import io.kefu.qa.engine.Inspection;
import io.kefu.qa.engine.InspectionEngine;
import io.kefu.qa.engine.LexiconSentiment;
import io.kefu.qa.engine.SentimentSource;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;

/**
 * Sessions per second the inspection engine scores on one core (one thread): the packaged rules
 * over seeded synthetic sessions, after a warm-up. Reports the wall-clock rate and the rate per
 * second of the thread's CPU time, the per-core figure on a machine other work shares. {@code main}
 * measures the rules with the lexicon sentiment and prints one JSON line; {@link #measure} takes
 * any sentiment source, so the {@code bench inspect} command can time a registered model the same
 * way.
 *
 * <p>Usage: {@code InspectionBenchmark [--sessions N] [--seconds S]}.
 */
public final class InspectionBenchmark {

  /** One measurement. */
  public record Result(
      String sentimentSource,
      int sessions,
      double messagesPerSession,
      long inspected,
      double seconds,
      double sessionsPerSecond,
      double cpuSeconds,
      double sessionsPerCpuSecond,
      long violations) {

    public String toJson() {
      return String.format(
          Locale.ROOT,
          "{\"bench\":\"inspect\",\"sentiment_source\":\"%s\",\"threads\":1,\"sessions\":%d,"
              + "\"messages_per_session\":%.1f,\"inspected\":%d,\"seconds\":%.2f,"
              + "\"sessions_per_s\":%.0f,\"cpu_seconds\":%.2f,\"sessions_per_cpu_s\":%.0f,"
              + "\"violations\":%d}",
          sentimentSource,
          sessions,
          messagesPerSession,
          inspected,
          seconds,
          sessionsPerSecond,
          cpuSeconds,
          sessionsPerCpuSecond,
          violations);
    }
  }

  private InspectionBenchmark() {}

  /** Seeded synthetic sessions for {@link #measure}. */
  public static List<List<ChatEvent>> sessions(int count) {
    return BenchmarkSessions.generate(count, 42L);
  }

  /**
   * Inspects the sessions round and round on the calling thread: a warm-up of about a third of
   * {@code seconds}, then {@code seconds} measured.
   */
  public static Result measure(
      QaRuleSet rules, SentimentSource sentiment, List<List<ChatEvent>> sessions, double seconds) {
    InspectionEngine engine = new InspectionEngine(rules, sentiment);
    run(engine, sessions, (long) (seconds * 1e9 / 3));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    long[] counts = run(engine, sessions, (long) (seconds * 1e9));
    double elapsed = (System.nanoTime() - start) / 1e9;
    double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    double messages =
        sessions.stream()
            .mapToLong(s -> s.stream().filter(e -> e.text() != null).count())
            .average()
            .orElse(0);
    return new Result(
        sentiment.source(),
        sessions.size(),
        messages,
        counts[0],
        elapsed,
        counts[0] / elapsed,
        cpu,
        counts[0] / cpu,
        counts[1]);
  }

  private static long[] run(InspectionEngine engine, List<List<ChatEvent>> sessions, long nanos) {
    long deadline = System.nanoTime() + nanos;
    long inspected = 0;
    long violations = 0;
    do {
      for (List<ChatEvent> events : sessions) {
        Inspection inspection = engine.inspect(events.get(0).sessionId(), events);
        violations += inspection.violations().size();
        inspected++;
      }
    } while (System.nanoTime() < deadline);
    return new long[] {inspected, violations};
  }

  public static void main(String[] args) {
    int sessions = 5_000;
    double seconds = 5;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--sessions" -> sessions = Integer.parseInt(args[++i]);
        case "--seconds" -> seconds = Double.parseDouble(args[++i]);
        default -> {
          System.err.println("unknown option " + args[i] + "; accepted: --sessions N --seconds S");
          System.exit(2);
        }
      }
    }
    Result result =
        measure(QaRuleSet.defaults(), LexiconSentiment.packaged(), sessions(sessions), seconds);
    System.out.println(result.toJson());
  }
}
