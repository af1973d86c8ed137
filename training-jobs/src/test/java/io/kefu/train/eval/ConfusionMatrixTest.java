package io.kefu.train.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {

  // rows: true label, columns: predicted label; "d" never occurs
  private static final List<String> LABELS = List.of("a", "b", "c", "d");
  private static final long[][] COUNTS = {
    {5, 1, 0, 0},
    {2, 3, 1, 0},
    {0, 0, 4, 0},
    {0, 0, 0, 0}
  };

  private static final double EPS = 1e-12;

  private static double f1(double p, double r) {
    return 2 * p * r / (p + r);
  }

  @Test
  void accuracyIsTheDiagonalOverTheTotal() {
    ConfusionMatrix m = ConfusionMatrix.of(LABELS, COUNTS);

    assertThat(m.total()).isEqualTo(16);
    assertThat(m.accuracy()).isCloseTo((5 + 3 + 4) / 16.0, within(EPS));
  }

  @Test
  void perClassPrecisionRecallAndF1MatchTheHandComputation() {
    ConfusionMatrix m = ConfusionMatrix.of(LABELS, COUNTS);

    // a: 5 right of 7 predicted, of 6 true
    assertThat(m.precision(0)).isCloseTo(5 / 7.0, within(EPS));
    assertThat(m.recall(0)).isCloseTo(5 / 6.0, within(EPS));
    assertThat(m.f1(0)).isCloseTo(f1(5 / 7.0, 5 / 6.0), within(EPS));
    // b: 3 of 4 predicted, of 6 true
    assertThat(m.precision(1)).isCloseTo(3 / 4.0, within(EPS));
    assertThat(m.recall(1)).isCloseTo(3 / 6.0, within(EPS));
    assertThat(m.f1(1)).isCloseTo(0.6, within(EPS));
    // c: 4 of 5 predicted, of 4 true
    assertThat(m.precision(2)).isCloseTo(4 / 5.0, within(EPS));
    assertThat(m.recall(2)).isCloseTo(1.0, within(EPS));
    assertThat(m.f1(2)).isCloseTo(8 / 9.0, within(EPS));
    assertThat(m.support(1)).isEqualTo(6);
    assertThat(m.predicted(2)).isEqualTo(5);
  }

  @Test
  void macroF1AveragesTheClassesThatOccur() {
    ConfusionMatrix m = ConfusionMatrix.of(LABELS, COUNTS);

    double expected = (f1(5 / 7.0, 5 / 6.0) + 0.6 + 8 / 9.0) / 3;
    assertThat(m.macroF1()).isCloseTo(expected, within(EPS));
    assertThat(m.f1(3)).isZero();
  }

  @Test
  void aClassOnlyPredictedCountsInTheMacroAverageWithF1Zero() {
    ConfusionMatrix m = ConfusionMatrix.of(List.of("a", "b"), new long[][] {{3, 1}, {0, 0}});

    // b: never true, predicted once: precision 0, recall 0, F1 0, but it occurs
    assertThat(m.macroF1()).isCloseTo((f1(1.0, 0.75) + 0) / 2, within(EPS));
  }

  @Test
  void addingPairsBuildsTheSameMatrixAsCounts() {
    ConfusionMatrix added = new ConfusionMatrix(LABELS);
    for (int t = 0; t < COUNTS.length; t++) {
      for (int p = 0; p < COUNTS.length; p++) {
        for (long k = 0; k < COUNTS[t][p]; k++) {
          added.add(t, p);
        }
      }
    }

    ConfusionMatrix fromCounts = ConfusionMatrix.of(LABELS, COUNTS);
    for (int t = 0; t < COUNTS.length; t++) {
      for (int p = 0; p < COUNTS.length; p++) {
        assertThat(added.count(t, p)).isEqualTo(fromCounts.count(t, p));
      }
    }
    assertThat(added.macroF1()).isEqualTo(fromCounts.macroF1());
  }

  @Test
  void anEmptyMatrixScoresZero() {
    ConfusionMatrix m = new ConfusionMatrix(LABELS);

    assertThat(m.accuracy()).isZero();
    assertThat(m.macroF1()).isZero();
  }
}
