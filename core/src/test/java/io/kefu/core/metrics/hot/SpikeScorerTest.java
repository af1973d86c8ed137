package io.kefu.core.metrics.hot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpikeScorerTest {

  private static final SpikeSettings SETTINGS = SpikeSettings.DEFAULT;
  private static final SpikeScorer SCORER = new SpikeScorer(SETTINGS);

  private static long[] counts(String spaced) {
    return spaced.isBlank()
        ? new long[0]
        : Arrays.stream(spaced.trim().split(" ")).mapToLong(Long::parseLong).toArray();
  }

  @ParameterizedTest(name = "{0} then {1}: flagged={2}")
  @CsvSource({
    "10 12 9 11 10 8, 50, true",
    "3 2 4 3 3 2,     20, true",
    "0 0 0 0 0 0,     12, true",
    "100 95 105 98 102 100, 160, true",
    "10 12 9 11 10 8, 14, false",
    "0 0 0 0 0 0,     2,  false",
    "0 0 0 0 0 0,     4,  false",
    "1 0 2 0 1 1,     5,  false",
    "100 95 105 98 102 100, 125, false",
    "'',              40, false",
    "0 0,             40, false",
    "0 0 0,           40, true",
  })
  void spikeFlaggedWhenCountJumps(String previous, long count, boolean flagged) {
    Spike spike = SCORER.score(count, counts(previous));

    assertThat(spike.flagged()).isEqualTo(flagged);
  }

  // A burst of 4 → 20 that starts in the middle of a window: the first window holds half of it
  // (12) and is not flagged; the second is, because its baseline leaves out that largest window.
  @Test
  void aBurstsSecondWindowIsFlaggedThoughItsFirstIsInTheBaseline() {
    assertThat(SCORER.score(12, counts("4 3 5 4 4 3")).flagged()).isFalse();
    Spike second = SCORER.score(20, counts("3 5 4 4 3 12"));

    assertThat(second.baseline()).isEqualTo(3.8);
    assertThat(second.flagged()).isTrue();
  }

  @Test
  void zeroToTwoScoresBelowOneThanksToTheFloor() {
    Spike spike = SCORER.score(2, new long[6]);

    assertThat(spike.baseline()).isEqualTo(1.0);
    assertThat(spike.score()).isLessThan(1.0);
  }

  /** A week of 10-minute windows of Poisson traffic per topic: not one flag. */
  @Test
  void stableTopicNotFlagged() {
    Random random = new Random(42);
    double[] rates = {0.5, 1, 3, 10, 30, 100};
    Instant first = SETTINGS.windowStart(Instant.parse("2026-11-01T00:00:00Z"));
    SortedMap<Instant, Map<String, Long>> counts = new TreeMap<>();
    for (int w = 0; w < 1008; w++) {
      Instant window = first.plus(SETTINGS.windowSize().multipliedBy(w));
      Map<String, Long> ofWindow = new TreeMap<>();
      for (double rate : rates) {
        long n = poisson(random, rate);
        if (n > 0) {
          ofWindow.put("topic" + rate, n);
        }
      }
      counts.put(window, ofWindow);
    }

    List<HotTopicRow> rows = HotScoring.scoreTopics(HotTopicRow.INTENT, counts, SETTINGS);

    assertThat(rows).hasSizeGreaterThan(4000).noneMatch(HotTopicRow::spike);
  }

  @Test
  void aBurstOfOneTopicIsFlaggedAndRankedFirstInItsWindow() {
    Random random = new Random(7);
    Instant first = SETTINGS.windowStart(Instant.parse("2026-11-03T12:00:00Z"));
    SortedMap<Instant, Map<String, Long>> counts = new TreeMap<>();
    for (int w = 0; w < 30; w++) {
      Instant window = first.plus(SETTINGS.windowSize().multipliedBy(w));
      double refundRate = w == 20 || w == 21 ? 50 : 10;
      counts.put(
          window,
          Map.of(
              "return_refund", poisson(random, refundRate),
              "logistics_query", poisson(random, 30)));
    }
    Instant burst = first.plus(SETTINGS.windowSize().multipliedBy(20));

    List<HotTopicRow> rows = HotScoring.scoreTopics(HotTopicRow.INTENT, counts, SETTINGS);

    assertThat(rows.stream().filter(HotTopicRow::spike))
        .allMatch(r -> r.topic().equals("return_refund"))
        .anyMatch(r -> r.windowStart().equals(burst));
    assertThat(rows)
        .filteredOn(r -> r.windowStart().equals(burst) && r.rank() == 1)
        .singleElement()
        .satisfies(r -> assertThat(r.topic()).isEqualTo("return_refund"));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "2026-11-02T00:09:59+08:00, 2026-11-01T16:00:00Z",
    "2026-11-01T16:10:00Z,      2026-11-01T16:10:00Z",
    "2026-11-01T11:15:30-05:00, 2026-11-01T16:10:00Z",
    "2026-11-02T03:49:59.999+08:00, 2026-11-01T19:40:00Z",
  })
  void windowsAreTenMinutesAlignedToTheEpochWhateverTheOffset(OffsetDateTime time, Instant start) {
    assertThat(SETTINGS.windowStart(time.toInstant())).isEqualTo(start);
  }

  @Test
  void settingsAreValidated() {
    assertThatThrownBy(() -> new SpikeSettings(Duration.ofMinutes(7), 6, 3, 1, 5, 5, 10))
        .hasMessageContaining("divide an hour");
    assertThatThrownBy(() -> new SpikeSettings(Duration.ofMinutes(10), 6, 7, 1, 5, 5, 10))
        .hasMessageContaining("minHistoryWindows");
  }

  static long poisson(Random random, double rate) {
    double limit = Math.exp(-rate);
    double product = random.nextDouble();
    long n = 0;
    while (product > limit) {
      product *= random.nextDouble();
      n++;
    }
    return n;
  }
}
