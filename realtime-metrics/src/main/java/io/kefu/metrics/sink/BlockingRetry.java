package io.kefu.metrics.sink;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a ClickHouse call until it succeeds, waiting between attempts with a back-off that doubles
 * up to its maximum, and blocks the caller meanwhile: in a Flink writer that holds the task thread,
 * which is the back-pressure that keeps every row while the server is away. Each outage is logged
 * once when it starts and once when it ends, not per attempt. With a give-up time, an outage that
 * lasts that long fails the call (and so the job, which restarts from its last checkpoint).
 */
final class BlockingRetry {

  /** Where the start and end of an outage are reported. */
  interface OutageLog {
    void down(String what, RuntimeException cause);

    void back(String what, Duration downFor, int attempts);
  }

  /** Waits; a test passes one that only advances its clock. */
  interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  private final SinkSettings settings;
  private final String server;
  private final OutageLog log;
  private final LongSupplier nanoClock;
  private final Sleeper sleeper;

  BlockingRetry(
      SinkSettings settings,
      String server,
      OutageLog log,
      LongSupplier nanoClock,
      Sleeper sleeper) {
    this.settings = settings;
    this.server = server;
    this.log = log;
    this.nanoClock = nanoClock;
    this.sleeper = sleeper;
  }

  /** Real time, real sleeps, outages logged through SLF4J. */
  static BlockingRetry logging(SinkSettings settings, String server) {
    return new BlockingRetry(
        settings,
        server,
        new Slf4jOutageLog(server, settings),
        System::nanoTime,
        d -> Thread.sleep(d.toMillis()));
  }

  void run(String what, Runnable call) throws IOException, InterruptedException {
    call(
        what,
        () -> {
          call.run();
          return null;
        });
  }

  /**
   * @param what the call, for the log and the give-up message (e.g. INSERT INTO kefu.x, 5000 rows)
   * @throws IOException when the give-up time passed without success
   * @throws InterruptedException when the thread is interrupted (the task is cancelled)
   */
  <T> T call(String what, Supplier<T> call) throws IOException, InterruptedException {
    long outageStart = 0;
    int failures = 0;
    Duration backoff = settings.firstBackoff();
    while (true) {
      try {
        T result = call.get();
        if (failures > 0) {
          log.back(what, Duration.ofNanos(nanoClock.getAsLong() - outageStart), failures + 1);
        }
        return result;
      } catch (RuntimeException e) {
        // The gateway turns an interrupt into an exception and keeps the flag: a cancel, not an
        // outage.
        if (Thread.interrupted()) {
          InterruptedException interrupted = new InterruptedException("interrupted: " + what);
          interrupted.initCause(e);
          throw interrupted;
        }
        long now = nanoClock.getAsLong();
        if (failures++ == 0) {
          outageStart = now;
          log.down(what, e);
        }
        Duration wait = backoff;
        if (!settings.retriesForever()) {
          Duration left = settings.giveUpAfter().minus(Duration.ofNanos(now - outageStart));
          if (left.isNegative() || left.isZero()) {
            throw giveUp(what, failures, e);
          }
          wait = left.compareTo(wait) < 0 ? left : wait;
        }
        sleeper.sleep(wait);
        backoff = backoff.multipliedBy(2);
        backoff = backoff.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : backoff;
      }
    }
  }

  private IOException giveUp(String what, int attempts, RuntimeException cause) {
    return new IOException(
        "ClickHouse at "
            + server
            + " has failed "
            + what
            + " for "
            + seconds(settings.giveUpAfter())
            + " ("
            + attempts
            + " attempts), the sink's give-up time: failing the job, which replays its rows from"
            + " the last checkpoint when it restarts. Last error: "
            + describe(cause),
        cause);
  }

  /** The error's message and, when it differs, its root cause's: what the client saw. */
  static String describe(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = String.valueOf(error.getMessage());
    return root == error
        ? message
        : message + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
  }

  static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }

  private static final class Slf4jOutageLog implements OutageLog {
    private static final Logger LOG = LoggerFactory.getLogger(ClickHouseSink.class);

    private final String server;
    private final SinkSettings settings;

    Slf4jOutageLog(String server, SinkSettings settings) {
      this.server = server;
      this.settings = settings;
    }

    @Override
    public void down(String what, RuntimeException cause) {
      LOG.warn(
          "ClickHouse at {} failed {}: {}; retrying with back-off up to {}, {} — the stream waits,"
              + " no row is dropped",
          server,
          what,
          describe(cause),
          seconds(settings.maxBackoff()),
          settings.retriesForever()
              ? "for as long as it takes"
              : "failing the job after " + seconds(settings.giveUpAfter()));
      LOG.debug("the first failure of the outage", cause);
    }

    @Override
    public void back(String what, Duration downFor, int attempts) {
      LOG.info(
          "ClickHouse at {} is back after {} down ({} attempts): {} went through",
          server,
          seconds(downFor),
          attempts,
          what);
    }
  }
}
