package io.kefu.core.metrics.hot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TopicHistoryTest {

  // Baseline of 3 windows, floor 0 so the baseline is the plain mean of what the history holds.
  private static final SpikeScorer SCORER =
      new SpikeScorer(new SpikeSettings(Duration.ofMinutes(10), 3, 0, 0.0, 5.0, 5, 10));
  private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

  private static Instant window(int k) {
    return T0.plus(Duration.ofMinutes(10L * k));
  }

  @Test
  void baselineIsTheMeanOfTheWindowsBeforeWithUnseenWindowsAsZero() {
    TopicHistory h = new TopicHistory();
    assertEquals(0.0, h.observe(window(0), 6, T0, SCORER).baseline());
    h.observe(window(1), 3, T0, SCORER);
    // window 2 had no session: it counts 0 in window 3's baseline
    assertEquals((6 + 3 + 0) / 3.0, h.observe(window(3), 9, T0, SCORER).baseline(), 1e-9);
    // only the last 3 windows form the baseline: 3, 0, 9
    assertEquals((3 + 0 + 9) / 3.0, h.observe(window(4), 1, T0, SCORER).baseline(), 1e-9);
  }

  @Test
  void windowsBeforeTheHistoryStartAreMissingNotZero() {
    TopicHistory h = new TopicHistory();
    h.observe(window(5), 4, window(5), SCORER);
    // one window of history: the baseline is 4 alone, not (4 + 0 + 0) / 3
    assertEquals(4.0, h.observe(window(6), 4, window(5), SCORER).baseline(), 1e-9);
  }

  @Test
  void forgetsWindowsOlderThanTheBaselineAndReportsTheLast() {
    TopicHistory h = new TopicHistory();
    assertTrue(h.isEmpty());
    assertNull(h.lastWindow());
    for (int k = 0; k < 10; k++) {
      h.observe(window(k), k, T0, SCORER);
    }
    assertFalse(h.isEmpty());
    assertEquals(window(9), h.lastWindow());
    // windows 7, 8, 9 are remembered; 6 is forgotten (would have counted 6)
    assertEquals((7 + 8 + 9) / 3.0, h.observe(window(10), 0, T0, SCORER).baseline(), 1e-9);
  }

  @Test
  void aWindowObservedOutOfOrderOrAgainKeepsTheHistorySorted() {
    TopicHistory h = new TopicHistory();
    h.observe(window(0), 2, T0, SCORER);
    h.observe(window(2), 8, T0, SCORER);
    h.observe(window(1), 5, T0, SCORER);
    h.observe(window(2), 11, T0, SCORER);
    assertEquals(window(2), h.lastWindow());
    assertEquals((2 + 5 + 11) / 3.0, h.observe(window(3), 0, T0, SCORER).baseline(), 1e-9);
  }
}
