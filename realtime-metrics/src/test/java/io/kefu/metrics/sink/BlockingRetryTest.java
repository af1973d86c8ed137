package io.kefu.metrics.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kefu.clickhouse.ClickHouseException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BlockingRetryTest {

  private final List<Duration> sleeps = new ArrayList<>();
  private final List<String> log = new ArrayList<>();
  private long nanos;

  private BlockingRetry retry(SinkSettings settings) {
    return new BlockingRetry(
        settings,
        "http://ch:8123",
        new BlockingRetry.OutageLog() {
          @Override
          public void down(String what, RuntimeException cause) {
            log.add("down " + what + ": " + cause.getMessage());
          }

          @Override
          public void back(String what, Duration downFor, int attempts) {
            log.add("back " + what + " after " + downFor.toMillis() + " ms, " + attempts);
          }
        },
        () -> nanos,
        d -> {
          sleeps.add(d);
          nanos += d.toNanos();
        });
  }

  private static Runnable failingTimes(int failures, AtomicInteger calls) {
    return () -> {
      if (calls.incrementAndGet() <= failures) {
        throw new ClickHouseException("connection refused");
      }
    };
  }

  @Test
  void aCallThatSucceedsAtOnceNeitherWaitsNorLogs() throws Exception {
    AtomicInteger calls = new AtomicInteger();

    retry(SinkSettings.defaults()).run("INSERT", failingTimes(0, calls));

    assertThat(calls).hasValue(1);
    assertThat(sleeps).isEmpty();
    assertThat(log).isEmpty();
  }

  @Test
  void theBackOffDoublesFrom200MsUpTo10SAndAnOutageIsLoggedOnceEachWay() throws Exception {
    AtomicInteger calls = new AtomicInteger();

    retry(SinkSettings.defaults()).run("INSERT", failingTimes(9, calls));

    assertThat(sleeps)
        .extracting(Duration::toMillis)
        .containsExactly(200L, 400L, 800L, 1600L, 3200L, 6400L, 10_000L, 10_000L, 10_000L);
    assertThat(calls).hasValue(10);
    assertThat(log)
        .containsExactly("down INSERT: connection refused", "back INSERT after 42600 ms, 10");
  }

  @Test
  void everyOutageStartsAgainFromTheFirstBackOff() throws Exception {
    BlockingRetry retry = retry(SinkSettings.defaults());

    retry.run("first", failingTimes(2, new AtomicInteger()));
    retry.run("second", failingTimes(1, new AtomicInteger()));

    assertThat(sleeps).extracting(Duration::toMillis).containsExactly(200L, 400L, 200L);
    assertThat(log).hasSize(4);
  }

  @Test
  void anOutageLongerThanTheGiveUpTimeFailsSayingSo() {
    BlockingRetry retry = retry(SinkSettings.defaults().withGiveUpAfter(Duration.ofSeconds(5)));

    assertThatThrownBy(
            () -> retry.run("INSERT INTO kefu.x (3 rows)", failingTimes(99, new AtomicInteger())))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("http://ch:8123")
        .hasMessageContaining("INSERT INTO kefu.x (3 rows)")
        .hasMessageContaining("5.0 s")
        .hasMessageContaining("connection refused")
        .hasCauseInstanceOf(ClickHouseException.class);
    // the last wait is cut to the give-up time, then one last attempt
    assertThat(sleeps)
        .extracting(Duration::toMillis)
        .containsExactly(200L, 400L, 800L, 1600L, 2000L);
    assertThat(log).containsExactly("down INSERT INTO kefu.x (3 rows): connection refused");
  }

  @Test
  void anInterruptedCallStopsRetrying() {
    BlockingRetry retry = retry(SinkSettings.defaults());

    assertThatThrownBy(
            () ->
                retry.run(
                    "INSERT",
                    () -> {
                      Thread.currentThread().interrupt();
                      throw new ClickHouseException("interrupted while running: INSERT");
                    }))
        .isInstanceOf(InterruptedException.class);
    assertThat(Thread.interrupted()).isFalse();
    assertThat(sleeps).isEmpty();
  }

  @Test
  void theValueOfTheSuccessfulAttemptIsReturned() throws Exception {
    AtomicInteger calls = new AtomicInteger();

    String value =
        retry(SinkSettings.defaults())
            .call(
                "connect",
                () -> {
                  if (calls.incrementAndGet() < 3) {
                    throw new ClickHouseException("not reachable");
                  }
                  return "gateway";
                });

    assertThat(value).isEqualTo("gateway");
  }

  @Test
  void anErrorIsDescribedWithItsRootCause() {
    RuntimeException error =
        new RuntimeException(
            "Insert request failed",
            new IllegalStateException(new IOException("Connection refused")));

    assertThat(BlockingRetry.describe(error))
        .isEqualTo("Insert request failed (IOException: Connection refused)");
    assertThat(BlockingRetry.describe(new ClickHouseException("down"))).isEqualTo("down");
  }
}
