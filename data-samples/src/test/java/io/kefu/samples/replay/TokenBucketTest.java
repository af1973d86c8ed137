package io.kefu.samples.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

  /** A clock that only moves when the bucket sleeps or the test says so. */
  private static final class FakeTime {
    long now = 1_000_000_000L;
    int sleeps;

    void sleep(long nanos) {
      sleeps++;
      now += nanos;
    }
  }

  @Test
  void eventsArePacedAtTheRateWithFewSleeps() throws InterruptedException {
    FakeTime time = new FakeTime();
    TokenBucket bucket = new TokenBucket(10_000, () -> time.now, time::sleep);
    long start = time.now;

    for (int i = 0; i < 20_000; i++) {
      bucket.acquire();
    }

    double seconds = (time.now - start) / 1e9;
    assertThat(seconds).isBetween(1.99, 2.0);
    // a sleep per 5 ms worth of events (50 events), not one per event
    assertThat(time.sleeps).isBetween(390, 410);
  }

  @Test
  void aSlowRateSleepsBetweenSingleEvents() throws InterruptedException {
    FakeTime time = new FakeTime();
    TokenBucket bucket = new TokenBucket(4, () -> time.now, time::sleep);
    long start = time.now;

    for (int i = 0; i < 9; i++) {
      bucket.acquire();
    }

    assertThat((time.now - start) / 1e9).isEqualTo(2.0, org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void aStallIsMadeUpForByOneBurstAtMost() throws InterruptedException {
    FakeTime time = new FakeTime();
    TokenBucket bucket = new TokenBucket(1_000, () -> time.now, time::sleep);
    bucket.acquire();
    time.now += 10_000_000_000L; // the broker stalled for 10 s

    int withoutSleeping = 0;
    while (time.sleeps == 0) {
      bucket.acquire();
      withoutSleeping++;
    }

    // 50 ms worth go at once, then the 51st waits for the pace again
    assertThat(withoutSleeping).isEqualTo(51);
  }

  @Test
  void aRateMustBePositive() {
    assertThatThrownBy(() -> new TokenBucket(0, () -> 0, n -> {}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TokenBucket(Double.NaN, () -> 0, n -> {}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
